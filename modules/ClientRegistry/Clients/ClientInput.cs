using System.ComponentModel.DataAnnotations;
using Platform.Contracts;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The basic facts of an archive, as the registration and edit forms and the API send them.</summary>
public abstract class ClientInput
{
    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(50, ErrorMessage = "姓名不能超过 50 个字。")]
    public string Name { get; set; } = "";

    [StringLength(18, ErrorMessage = "身份证号应为 18 位（旧式 15 位也可）。")]
    public string? IdNumber { get; set; }

    [StringLength(200, ErrorMessage = "原因不能超过 200 个字。")]
    public string? NoIdReason { get; set; }

    [Required(ErrorMessage = "请选择性别。")]
    public Sex? Sex { get; set; }

    public DateOnly? BirthDate { get; set; }

    [StringLength(20, ErrorMessage = "民族不能超过 20 个字。")]
    public string? Ethnicity { get; set; }

    [RegularExpression(@"^(1\d{10}|0\d{2,3}-?\d{7,8})$", ErrorMessage = "请填写 11 位手机号或带区号的固定电话（如 0791-88888888）。")]
    public string? Phone { get; set; }

    [StringLength(200, ErrorMessage = "户籍地址不能超过 200 个字。")]
    public string? RegisteredAddress { get; set; }

    [StringLength(200, ErrorMessage = "现居住地址不能超过 200 个字。")]
    public string? Address { get; set; }

    [StringLength(50, ErrorMessage = "村（社区）不能超过 50 个字。")]
    public string? Village { get; set; }

    public List<string> Categories { get; set; } = [];

    [StringLength(200, ErrorMessage = "认定依据不能超过 200 个字。")]
    public string? CategoryBasis { get; set; }
}
