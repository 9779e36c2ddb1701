using System.Globalization;

namespace Platform.Contracts;

/// <summary>
/// A resident ID number (公民身份号码, GB 11643-1999): 6-digit region, 8-digit birth date, 3-digit sequence
/// (odd = male, even = female) and a check character. A 15-digit number of the 1989 form is converted.
/// </summary>
public sealed record ResidentIdNumber(string Value, DateOnly BirthDate, Sex Sex)
{
    private static readonly int[] Weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
    private const string CheckCharacters = "10X98765432";
    private static readonly DateOnly Earliest = new(1880, 1, 1);

    /// <summary>The first 17 digits completed with their check character (for generated numbers, e.g. demo data).</summary>
    public static string WithCheckCharacter(string first17) => first17 + CheckCharacterOf(first17);

    /// <summary>
    /// Parses and checks a number; on failure <paramref name="error"/> says in Chinese what is wrong.
    /// <paramref name="today"/> rules out birth dates in the future.
    /// </summary>
    public static bool TryParse(string? input, DateOnly today, out ResidentIdNumber? number, out string? error)
    {
        number = null;
        var text = (input ?? "").Trim().ToUpperInvariant();
        if (text.Length == 15 && text.All(char.IsAsciiDigit))
        {
            // GB 11643-1989: the year has two digits (19xx) and there is no check character.
            text = text[..6] + "19" + text[6..];
            text += CheckCharacterOf(text);
        }
        else if (text.Length != 18)
        {
            error = "身份证号应为 18 位（旧式 15 位也可）。";
            return false;
        }

        if (!text[..17].All(char.IsAsciiDigit) || !(char.IsAsciiDigit(text[17]) || text[17] == 'X'))
        {
            error = "身份证号只能由数字组成，最后一位可以是 X。";
            return false;
        }

        if (!DateOnly.TryParseExact(text.Substring(6, 8), "yyyyMMdd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var birth) || birth < Earliest || birth > today)
        {
            error = "身份证号中的出生日期不存在，请核对第 7–14 位。";
            return false;
        }

        if (CheckCharacterOf(text) != text[17])
        {
            error = "身份证号校验位不正确，请逐位核对。";
            return false;
        }

        number = new ResidentIdNumber(text, birth, (text[16] - '0') % 2 == 1 ? Sex.Male : Sex.Female);
        error = null;
        return true;
    }

    private static char CheckCharacterOf(string text)
    {
        var sum = 0;
        for (var i = 0; i < 17; i++)
        {
            sum += (text[i] - '0') * Weights[i];
        }

        return CheckCharacters[sum % 11];
    }
}

/// <summary>Sex as recorded in the archive and encoded in the ID number.</summary>
public enum Sex
{
    /// <summary>男.</summary>
    Male,
    /// <summary>女.</summary>
    Female,
}
