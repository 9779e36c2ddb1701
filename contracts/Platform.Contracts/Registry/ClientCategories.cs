namespace Platform.Contracts.Registry;

/// <summary>The special-group categories a client may hold (several at once, each with dates and a basis).</summary>
public static class ClientCategories
{
    /// <summary>Every category: code and Chinese name, in the order they are offered.</summary>
    public static readonly IReadOnlyList<ClientCategory> All =
    [
        new("DIBAO", "最低生活保障对象"),
        new("TEKUN_JZ", "特困人员（集中供养）"),
        new("TEKUN_FS", "特困人员（分散供养）"),
        new("DIBAO_EDGE", "低保边缘"),
        new("RIGID_EXP", "支出型（刚性支出）困难"),
        new("TEMP_AID", "临时救助对象"),
        new("ELDER_SPECIAL", "特殊困难老年人"),
        new("VAGRANT", "生活无着流浪乞讨人员"),
        new("ORPHAN", "孤儿"),
        new("FACTO_UNSUPP", "事实无人抚养儿童"),
        new("LEFT_BEHIND", "留守儿童"),
        new("DIFFICULT_CHILD", "困境儿童"),
        new("MIGRANT_CHILD", "流动儿童"),
        new("SEVERE_DISAB", "重度残疾人"),
        new("SMI", "严重精神障碍患者"),
        new("OTHER", "其他民政服务对象"),
    ];

    /// <summary>Whether the code names a category.</summary>
    public static bool IsKnown(string code) => All.Any(c => c.Code == code);

    /// <summary>The Chinese name of a code (the code itself when unknown).</summary>
    public static string NameOf(string code) => All.FirstOrDefault(c => c.Code == code)?.Name ?? code;
}

/// <summary>A client category: its code and Chinese name.</summary>
public sealed record ClientCategory(string Code, string Name);
