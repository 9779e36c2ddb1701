namespace Platform.Modules.HourLedger.Ledger;

/// <summary>Whole-number shares of a whole-number total.</summary>
internal static class Split
{
    /// <summary>
    /// <paramref name="total"/> (rounded to a whole number, at least 0) split evenly among <paramref name="count"/> by
    /// largest remainder: the shares are whole and add up to the total; the units left over go to the first in order.
    /// </summary>
    public static int[] Evenly(decimal total, int count)
    {
        if (count <= 0)
        {
            return [];
        }

        var whole = (int)Math.Max(0, Math.Round(total, MidpointRounding.AwayFromZero));
        var shares = new int[count];
        for (var i = 0; i < count; i++)
        {
            shares[i] = (whole / count) + (i < whole % count ? 1 : 0);
        }

        return shares;
    }
}
