using Platform.Contracts;

namespace Platform.Contracts.Tests;

/// <summary>GB 11643-1999 checks, with the worked examples of DOMAIN.md.</summary>
public sealed class ResidentIdNumberTests
{
    private static readonly DateOnly Today = new(2026, 11, 29);

    [Theory]
    [InlineData("11010519491231002X", "1949-12-31", Sex.Female)]
    [InlineData("11010519491231002x", "1949-12-31", Sex.Female)]
    [InlineData("440524188001010014", "1880-01-01", Sex.Male)]
    [InlineData("34052419800101001X", "1980-01-01", Sex.Male)]
    [InlineData(" 440524188001010014 ", "1880-01-01", Sex.Male)]
    public void A_valid_number_gives_birth_date_and_sex(string input, string birth, Sex sex)
    {
        ResidentIdNumber.TryParse(input, Today, out var number, out var error).Should().BeTrue(error);
        number!.BirthDate.Should().Be(DateOnly.Parse(birth));
        number.Sex.Should().Be(sex);
        number.Value.Should().Be(input.Trim().ToUpperInvariant());
    }

    [Theory]
    [InlineData("340524198001010013", "校验位")]
    [InlineData("110105194902300021", "出生日期")]
    [InlineData("110105203001010011", "出生日期")]
    [InlineData("110105187901010011", "出生日期")]
    [InlineData("1101051949123100", "18 位")]
    [InlineData("11010519491231002Y", "数字")]
    [InlineData("", "18 位")]
    [InlineData(null, "18 位")]
    public void An_invalid_number_is_refused_with_a_chinese_reason(string? input, string reasonPart)
    {
        ResidentIdNumber.TryParse(input, Today, out var number, out var error).Should().BeFalse();
        number.Should().BeNull();
        error.Should().Contain(reasonPart);
    }

    [Fact]
    public void An_old_fifteen_digit_number_is_converted_with_its_check_character()
    {
        // 340524800101001 is the 1989 form of 34052419800101001X.
        ResidentIdNumber.TryParse("340524800101001", Today, out var number, out _).Should().BeTrue();
        number!.Value.Should().Be("34052419800101001X");
        number.Sex.Should().Be(Sex.Male);
        number.BirthDate.Should().Be(new DateOnly(1980, 1, 1));
    }

    [Fact]
    public void Masking_keeps_the_region_and_the_last_four_characters()
    {
        Masking.IdNumber("360102198001011234").Should().Be("360102********1234");
        Masking.Phone("13912345678").Should().Be("139****5678");
        Masking.Phone(null).Should().BeNull();
    }

    [Fact]
    public void A_generated_number_gets_the_check_character_that_validates()
    {
        ResidentIdNumber.WithCheckCharacter("11010519491231002").Should().Be("11010519491231002X");
    }
}
