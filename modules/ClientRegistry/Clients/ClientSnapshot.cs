using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity.Auditing;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>A client's audited fields, to say field by field what an edit changed (ID number and phone masked: the log is read by people too).</summary>
internal static class ClientSnapshot
{
    public static AuditedFields Of(Client c, DateOnly today) => new(
    [
        ("姓名", c.Name),
        ("身份证号", Masking.IdNumber(c.IdNumber)),
        ("无证原因", c.NoIdReason),
        ("性别", c.Sex == Sex.Male ? "男" : "女"),
        ("出生日期", c.BirthDate?.ToString("yyyy-MM-dd")),
        ("民族", c.Ethnicity),
        ("电话", Masking.Phone(c.Phone)),
        ("户籍地址", c.RegisteredAddress),
        ("现居住地址", c.CurrentAddress),
        ("村（社区）", c.Village),
        ("类别", string.Join("、", c.CategoriesOn(today).Order().Select(ClientCategories.NameOf))),
    ]);
}
