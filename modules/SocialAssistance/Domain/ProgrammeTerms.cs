namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>The Chinese names of the assistance terms.</summary>
internal static class ProgrammeTerms
{
    public static string NameOf(ProgrammeKind k) => k switch
    {
        ProgrammeKind.Dibao => "低保",
        ProgrammeKind.Tekun => "特困供养",
        ProgrammeKind.DibaoEdge => "低保边缘",
        _ => "支出型困难",
    };

    public static string NameOf(AssistanceArea a) => a == AssistanceArea.Urban ? "城市" : "农村";

    public static string NameOf(DibaoCoverage c) => c == DibaoCoverage.WholeHousehold ? "整户" : "单人户";

    public static string NameOf(TekunCare c) => c == TekunCare.Centralised ? "集中供养" : "分散供养";

    public static string NameOf(SelfCareAbility s) => s switch
    {
        SelfCareAbility.Able => "具备生活自理能力",
        SelfCareAbility.PartlyLost => "部分丧失生活自理能力",
        _ => "完全丧失生活自理能力",
    };

    public static string NameOf(ReviewConclusion c) => c switch
    {
        ReviewConclusion.Maintain => "维持",
        ReviewConclusion.SuggestAdjust => "建议调整",
        _ => "建议停保",
    };

    /// <summary>A programme in a few words: 农村低保（整户，C 类）, 特困供养（分散供养，部分丧失生活自理能力）.</summary>
    public static string Describe(ProgrammeKind kind, AssistanceArea? area, DibaoCoverage? coverage, ManagementClass? cls, TekunCare? care, SelfCareAbility? selfCare)
    {
        var parts = new List<string>();
        if (coverage is { } c)
        {
            parts.Add(NameOf(c));
        }

        if (cls is { } m)
        {
            parts.Add($"{m} 类");
        }

        if (care is { } t)
        {
            parts.Add(NameOf(t));
        }

        if (selfCare is { } s)
        {
            parts.Add(NameOf(s));
        }

        var name = (area is { } a && kind == ProgrammeKind.Dibao ? NameOf(a) : "") + NameOf(kind);
        return parts.Count == 0 ? name : $"{name}（{string.Join("，", parts)}）";
    }
}
