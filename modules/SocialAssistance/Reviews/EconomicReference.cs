using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>
/// The household economic assessment held against the local standards — a reference for the worker and the office,
/// never a decision: whether a household is assisted is the civil-affairs office's approval, and the platform makes no
/// automated decision about a person (个人信息保护法 第24条).
/// </summary>
internal static class EconomicReference
{
    public const string Caveat = "以上为依据填报数据计算的参考，不是审核结论；是否给予、调整或停止救助，由民政部门审核确认。";

    public static AssessmentView Of(Review review, AssistanceArea area, SocialAssistanceRules rules)
    {
        var size = review.Members.Count;
        var income = review.Members.Sum(m => m.Total);
        var perCapita = size == 0 ? 0 : Math.Round(income / size, 2);
        var standard = rules.StandardFor(area);
        var edge = Math.Round(standard * rules.EdgeMultiple, 2);
        var yearly = income * 12;
        decimal? ratio = yearly > 0 ? Math.Round(review.RigidExpense / yearly * 100, 1) : null;
        var notes = new List<string>();
        if (size == 0)
        {
            notes.Add("参考：没有填报家庭成员收入，无法计算人均收入");
        }
        else if (perCapita < standard)
        {
            notes.Add($"参考：人均收入 {perCapita:0.##} 元/月，低于{ProgrammeTerms.NameOf(area)}低保标准 {standard:0.##} 元");
        }
        else if (perCapita < edge)
        {
            notes.Add($"参考：人均收入 {perCapita:0.##} 元/月，不低于低保标准，但低于低保边缘标准 {edge:0.##} 元（{rules.EdgeMultiple:0.##} 倍）");
        }
        else
        {
            notes.Add($"参考：人均收入 {perCapita:0.##} 元/月，不低于低保边缘标准 {edge:0.##} 元");
        }

        if (review.RigidExpense > 0)
        {
            notes.Add(ratio is { } r
                ? $"参考：近 12 个月刚性支出 {review.RigidExpense:0.##} 元，占家庭收入 {r:0.#}%{(r > rules.RigidRatioPercent ? $"，超过 {rules.RigidRatioPercent}%" : $"，未超过 {rules.RigidRatioPercent}%")}"
                : $"参考：家庭无收入，近 12 个月刚性支出 {review.RigidExpense:0.##} 元");
        }

        return new AssessmentView(size, income, perCapita, standard, edge, review.RigidExpense, ratio, notes, Caveat);
    }
}

/// <summary>The figures of an assessment and the reference drawn from them (never a decision).</summary>
public sealed record AssessmentView(int Members, decimal MonthlyIncome, decimal PerCapita, decimal Standard, decimal EdgeStandard, decimal RigidExpense, decimal? RigidRatioPercent, IReadOnlyList<string> References, string Caveat);
