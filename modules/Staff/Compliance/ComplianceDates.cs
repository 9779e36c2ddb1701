using Platform.Contracts;

namespace Platform.Modules.Staff.Compliance;

/// <summary>The dates compliance records accept.</summary>
internal static class ComplianceDates
{
    public static DateOnly Check(DateOnly date, TimeProvider clock, string field, string what)
    {
        var today = LocalTime.Today(clock);
        if (date > today)
        {
            throw new BusinessRuleException($"{what}不能晚于今天。", field);
        }

        if (date < today.AddYears(-1))
        {
            throw new BusinessRuleException($"{what}须在一年以内。", field);
        }

        return date;
    }
}
