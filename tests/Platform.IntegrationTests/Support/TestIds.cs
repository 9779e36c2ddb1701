namespace Platform.IntegrationTests.Support;

/// <summary>Makes valid resident ID numbers (GB 11643-1999 check character) for test clients.</summary>
public static class TestIds
{
    private static int _sequence = Random.Shared.Next(0, 400);

    /// <summary>A fresh valid number in region 360102 (东湖区, apart from the demo's 360121) for the birth date and sex.</summary>
    public static string Make(DateOnly birth, bool male)
    {
        var sequence = Interlocked.Increment(ref _sequence) % 500;
        var order = sequence * 2 + (male ? 1 : 0);
        var body = $"360102{birth:yyyyMMdd}{order:000}";
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var sum = body.Select((c, i) => (c - '0') * weights[i]).Sum();
        return body + "10X98765432"[sum % 11];
    }
}
