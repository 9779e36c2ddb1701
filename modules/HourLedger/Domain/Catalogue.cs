using Platform.Contracts.Ledger;

namespace Platform.Modules.HourLedger.Domain;

/// <summary>
/// The indicator table of the tender (4.4) as a catalogue. Where the tender counts a row by people (supervision
/// and training per worker, volunteers per worker), the catalogue counts hours, so that each credit is a quantity
/// of the unit; the target hours are the tender's except row 9, whose "14 × 200" the tender totals as 4,800 but
/// multiplies to 2,800 (the catalogue keeps 2,800; the administrator may change it).
/// </summary>
internal static class Catalogue
{
    public static IEnumerable<Indicator> Seed(int projectId)
    {
        var order = 0;
        Indicator Row(string code, string name, string unit, decimal hours, decimal target, int row, string reportName, string rule, bool professional = true) => new()
        {
            ProjectId = projectId,
            Code = code,
            Name = name,
            Unit = unit,
            StandardHours = hours,
            TargetQuantity = target,
            IsProfessional = professional,
            ReportRow = row,
            ReportName = reportName,
            Rule = rule,
            Order = ++order,
        };

        yield return Row(Indicators.Outreach, "入户探访/入户评估", "人次", 2, 1900, 1, "入户探访/入户评估", "入户探访、咨询平均工时 2 小时/人次（招标文件 4.4 第 1 项）");
        yield return Row(Indicators.OutreachPhone, "电话探访", "人次", 1, 0, 1, "入户探访/入户评估", "电话探访平均工时 1 小时/人次，计入第 1 项");
        yield return Row(Indicators.ChildCare, "困境儿童关爱探视", "人次", 2, 480, 2, "外展服务（困境儿童关爱保护）", "40 名重点儿童每人每月上门探视 1 次，2 小时/次（第 2 项：40 × 24 小时）");
        yield return Row(Indicators.Archive, "建档", "人", 4, 1900, 3, "建档", "平均 4 小时/人；含基本情况、生理、心理、社会状况和服务需求（第 3 项）");
        yield return Row(Indicators.Casework, "个案工作", "个", 50, 14, 4, "个案工作", "完整个案不少于 6 节，50 小时/个（第 4 项，MZ/T 094-2017）");
        yield return Row(Indicators.Groupwork, "小组活动（节）", "节", 20, 42, 5, "小组活动", "每组 6 节、20 小时/节，出勤率不低于 60%（第 5 项：7 个小组 × 120 小时，MZ/T 095-2017）");
        yield return Row(Indicators.CommunityLarge, "大型社区活动", "次", 60, 0, 6, "社区活动", "大型活动 60 小时/次（第 6 项）");
        yield return Row(Indicators.Community, "中小型社区活动", "次", 40, 70, 6, "社区活动", "中小型活动 40 小时/次（第 6 项：70 × 40 小时）");
        yield return Row(Indicators.CommunityLecture, "讲座、培训", "次", 20, 0, 6, "社区活动", "讲座、培训 20 小时/次（第 6 项）");
        yield return Row(Indicators.Supervision, "督导", "小时", 1, 336, 7, "督导", "每月每名社工不少于 2 小时（第 7 项：14 人 × 24 小时）");
        yield return Row(Indicators.Training, "培训（继续教育）", "小时", 1, 840, 8, "培训", "每人每年不少于 60 学时（第 8 项：14 人 × 60 学时）");
        yield return Row(Indicators.Volunteer, "链接志愿服务", "小时", 1, 2800, 9, "链接志愿服务", "每名社工每年链接志愿服务不少于 200 小时（第 9 项：14 × 200；招标文件合计栏写作 4,800）");
        yield return Row(Indicators.Assistance, "协助镇街开展民政工作", "小时", 1, 0, 0, "协助镇街开展民政工作", "计入服务时间，但不属于专业社会工作服务（专业服务应不低于 70%）", professional: false);
    }
}
