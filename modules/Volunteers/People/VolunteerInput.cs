using System.ComponentModel.DataAnnotations;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.People;

/// <summary>What a worker records about a volunteer (登记 and 核对 take the same fields).</summary>
public abstract class VolunteerInput
{
    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(20, MinimumLength = 2, ErrorMessage = "请填写 2–20 字的真实姓名。")]
    public string Name { get; set; } = "";

    [EnumDataType(typeof(DocumentType), ErrorMessage = "请选择证件类型。")]
    public DocumentType DocumentType { get; set; }

    [Required(ErrorMessage = "请填写证件号码（全国志愿服务信息系统实名登记需要）。")]
    [StringLength(30, ErrorMessage = "证件号码不能超过 30 位。")]
    public string DocumentNumber { get; set; } = "";

    [StringLength(20, ErrorMessage = "手机号应为 11 位数字。")]
    public string? Phone { get; set; }

    [StringLength(40, ErrorMessage = "志愿者编号不能超过 40 位。")]
    public string? NationalNumber { get; set; }

    [StringLength(200, ErrorMessage = "特长不能超过 200 字。")]
    public string? Skills { get; set; }

    [StringLength(200, ErrorMessage = "可服务时间不能超过 200 字。")]
    public string? Availability { get; set; }

    /// <summary>同意记录并报送其志愿服务信息.</summary>
    public bool Consent { get; set; }

    /// <summary>Writes the checked fields onto the record, or refuses in Chinese naming the field.</summary>
    internal async Task ApplyAsync(VolunteersDb db, Volunteer volunteer, DateOnly today, CancellationToken cancellationToken)
    {
        var number = Documents.Normalise(DocumentType, DocumentNumber, today);
        var type = DocumentType;
        var other = await db.Volunteers.AsNoTracking().Where(v => v.DocumentType == type && v.DocumentNumber == number && v.Id != volunteer.Id).Select(v => v.Name).FirstOrDefaultAsync(cancellationToken);
        if (other is not null)
        {
            throw new ConflictException($"这个证件号码已属于志愿者“{other}”：同一人只登记一次，请在志愿者列表中找到他/她。", "documentNumber");
        }

        volunteer.Name = Name.Trim();
        volunteer.SetDocument(type, number);
        volunteer.SetPhone(Documents.Phone(Phone));
        volunteer.NationalNumber = Blank(NationalNumber);
        volunteer.Skills = Blank(Skills);
        volunteer.Availability = Blank(Availability);
        volunteer.Consent = Consent;
        volunteer.Status = VolunteerStatus.Checked;
        volunteer.ClaimedLast4 = null;
    }

    private static string? Blank(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
}
