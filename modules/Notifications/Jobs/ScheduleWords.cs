namespace Platform.Modules.Notifications.Jobs;

/// <summary>
/// A Quartz cron schedule in the words an administrator reads ("每天 07:30", "每月 20 日 09:00", "每分钟"). Schedules
/// are set in code or configuration, so only the shapes people write are named; anything else reads "自定义计划".
/// </summary>
internal static class ScheduleWords
{
    private static readonly string[] Days = ["日", "一", "二", "三", "四", "五", "六"];

    private static readonly string[] DayNames = ["SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT"];

    public static string Of(string? cron)
    {
        var f = (cron ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (f.Length is < 6 or > 7 || (f.Length == 7 && f[6] != "*"))
        {
            return "自定义计划";
        }

        var (second, minute, hour, day, month, weekday) = (f[0], f[1], f[2], f[3], f[4], f[5]);
        if (Every(second) is { } seconds && minute == "*" && hour == "*" && Any(day) && month == "*" && Any(weekday))
        {
            return $"每 {seconds} 秒";
        }

        if (!IsNumber(second))
        {
            return "自定义计划";
        }

        if (minute == "*" && hour == "*" && Any(day) && month == "*" && Any(weekday))
        {
            return "每分钟";
        }

        if (Every(minute) is { } minutes)
        {
            return hour == "*" && Any(day) && month == "*" && Any(weekday) ? $"每 {minutes} 分钟" : "自定义计划";
        }

        if (IsNumber(minute) && hour == "*" && Any(day) && month == "*" && Any(weekday))
        {
            return $"每小时第 {int.Parse(minute)} 分";
        }

        if (!IsNumber(minute) || !IsNumber(hour))
        {
            return "自定义计划";
        }

        var time = $"{int.Parse(hour):00}:{int.Parse(minute):00}";
        if (Any(day) && month == "*" && Any(weekday))
        {
            return $"每天 {time}";
        }

        if (Any(day) && month == "*" && Weekdays(weekday) is { } week)
        {
            return $"每周{week} {time}";
        }

        if (Any(weekday) && Numbers(day) is { } days)
        {
            if (month == "*")
            {
                return $"每月 {days} 日 {time}";
            }

            if (Numbers(month) is { } months)
            {
                return $"每年 {months} 月 {days} 日 {time}";
            }
        }

        return "自定义计划";
    }

    private static bool Any(string field) => field is "*" or "?";

    /// <summary>The step of "0/15" or "*/15" (from the start of the minute or hour), or null.</summary>
    private static int? Every(string field) =>
        (field.StartsWith("0/", StringComparison.Ordinal) || field.StartsWith("*/", StringComparison.Ordinal)) && IsNumber(field[2..]) ? int.Parse(field[2..]) : null;

    private static bool IsNumber(string field) => field.Length is > 0 and <= 2 && field.All(char.IsAsciiDigit);

    private static string? Numbers(string field)
    {
        var parts = field.Split(',');
        return parts.All(IsNumber) ? string.Join("、", parts.Select(int.Parse)) : null;
    }

    private static string? Weekdays(string field)
    {
        var names = new List<string>();
        foreach (var part in field.Split(','))
        {
            var index = Array.IndexOf(DayNames, part.ToUpperInvariant());
            if (index < 0 && IsNumber(part) && int.Parse(part) is >= 1 and <= 7)
            {
                index = int.Parse(part) - 1; // Quartz counts 1 = Sunday.
            }

            if (index < 0)
            {
                return null;
            }

            names.Add(Days[index]);
        }

        return string.Join("、", names);
    }
}
