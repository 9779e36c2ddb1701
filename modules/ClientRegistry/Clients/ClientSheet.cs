namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The columns of the roster spreadsheet: the import template, the import and the export use the same headers.</summary>
internal static class ClientSheet
{
    public const string Name = "姓名";
    public const string IdNumber = "身份证号";
    public const string NoIdReason = "无身份证号原因";
    public const string Sex = "性别";
    public const string BirthDate = "出生日期";
    public const string Ethnicity = "民族";
    public const string Phone = "联系电话";
    public const string Village = "村（社区）";
    public const string Address = "现居住地址";
    public const string RegisteredAddress = "户籍地址";
    public const string Categories = "类别";

    public static readonly string[] Columns = [Name, IdNumber, NoIdReason, Sex, BirthDate, Ethnicity, Phone, Village, Address, RegisteredAddress, Categories];

    /// <summary>API field names of the columns, so a row's refusal names the same field a form or the API would.</summary>
    public static string FieldOf(string column) => column switch
    {
        Name => "name",
        IdNumber => "idNumber",
        NoIdReason => "noIdReason",
        Sex => "sex",
        BirthDate => "birthDate",
        Phone => "phone",
        Categories => "categories",
        _ => column,
    };
}
