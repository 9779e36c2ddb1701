namespace Platform.Modules.Volunteers.Domain;

/// <summary>
/// 统一社会信用代码 (GB 32100-2015): 18 characters of <c>0-9A-HJ-NPQRTUWXY</c> (no I, O, Z, S, V); the 18th is the check
/// character, 31 − (Σ value·weight mod 31), with 31 read as 0 and weights 3^(i−1) mod 31.
/// </summary>
internal static class Uscc
{
    private const string Symbols = "0123456789ABCDEFGHJKLMNPQRTUWXY";
    private static readonly int[] Weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];

    /// <summary>The code upper-cased and checked, or the Chinese reason it is wrong.</summary>
    public static bool TryNormalise(string input, out string code, out string? error)
    {
        code = input.Trim().ToUpperInvariant();
        error = null;
        if (code.Length != 18)
        {
            error = "统一社会信用代码应为 18 位。";
            return false;
        }

        if (code.Any(c => Symbols.IndexOf(c, StringComparison.Ordinal) < 0))
        {
            error = "统一社会信用代码只含数字和大写字母（不用 I、O、Z、S、V），请核对。";
            return false;
        }

        if (!code.Substring(2, 6).All(char.IsAsciiDigit))
        {
            error = "统一社会信用代码第 3–8 位是行政区划码，应为数字。";
            return false;
        }

        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Symbols.IndexOf(code[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        if (Symbols[check == 31 ? 0 : check] != code[17])
        {
            error = "统一社会信用代码校验位不正确，请逐位核对。";
            return false;
        }

        return true;
    }

    /// <summary>A code with its check character computed (demo data).</summary>
    public static string WithCheck(string first17)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += Symbols.IndexOf(first17[i], StringComparison.Ordinal) * Weights[i];
        }

        var check = 31 - (sum % 31);
        return first17 + Symbols[check == 31 ? 0 : check];
    }
}
