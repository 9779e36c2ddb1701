using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.Volunteers.Domain;

/// <summary>The document a volunteer is known by (全国志愿服务信息系统 asks the type with the number).</summary>
public enum DocumentType
{
    /// <summary>居民身份证 (GB 11643, checked as the registry checks it).</summary>
    ResidentId,
    /// <summary>港澳居民来往内地通行证.</summary>
    HongKongMacao,
    /// <summary>台湾居民来往大陆通行证.</summary>
    Taiwan,
    /// <summary>护照.</summary>
    Passport,
    /// <summary>外国人永久居留身份证.</summary>
    ForeignPermanent,
}

/// <summary>Whether a worker has checked the person: one who signed in by scanning and was not known waits for it.</summary>
public enum VolunteerStatus
{
    /// <summary>已核对.</summary>
    Checked,
    /// <summary>待核对: added by a scan sign-in.</summary>
    AwaitingCheck,
}

/// <summary>
/// One person who gives volunteer service: one record across stations (the ID number is unique), known to a station
/// through <see cref="VolunteerStation"/>. Not a station record itself, so two stations' workers see the same person.
/// </summary>
internal sealed class Volunteer
{
    private Volunteer()
    {
    }

    public Volunteer(string name, string stationId, DateTime createdAt, VolunteerStatus status)
    {
        Name = name;
        CreatedStationId = stationId;
        CreatedAt = createdAt;
        Status = status;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string Name { get; set; } = "";

    public DocumentType DocumentType { get; set; }

    /// <summary>The full number, upper-cased; null for a person added by a scan until a worker checks them.</summary>
    public string? DocumentNumber { get; private set; }

    public string? DocumentLast4 { get; private set; }

    public string? Phone { get; private set; }

    public string? PhoneLast4 { get; private set; }

    /// <summary>The four characters an unknown person gave when signing in by scan (of their ID number or phone).</summary>
    public string? ClaimedLast4 { get; set; }

    /// <summary>志愿者编号 in the national system, when registered there.</summary>
    public string? NationalNumber { get; set; }

    public string? Skills { get; set; }

    public string? Availability { get; set; }

    /// <summary>The person agreed to have their service recorded and reported (条例 第19条; PIPL).</summary>
    public bool Consent { get; set; }

    public VolunteerStatus Status { get; set; }

    public string CreatedStationId { get; private set; } = "";

    public DateTime CreatedAt { get; private set; }

    public void SetDocument(DocumentType type, string? number)
    {
        DocumentType = type;
        DocumentNumber = number;
        DocumentLast4 = number is { Length: >= 4 } ? number[^4..] : null;
    }

    public void SetPhone(string? phone)
    {
        Phone = phone;
        PhoneLast4 = phone is { Length: >= 4 } ? phone[^4..] : null;
    }

    /// <summary>Whether the four characters a person typed at sign-in are theirs.</summary>
    public static bool Matches(string? documentLast4, string? phoneLast4, string? claimed, string last4) =>
        documentLast4 == last4 || phoneLast4 == last4 || claimed == last4;
}

/// <summary>A station that knows a volunteer (added them, or had them sign in): what a worker's volunteer list reads.</summary>
internal sealed class VolunteerStation : IStationScoped
{
    private VolunteerStation()
    {
    }

    public VolunteerStation(string volunteerId, string stationId, DateTime since)
    {
        VolunteerId = volunteerId;
        StationId = stationId;
        Since = since;
    }

    public string VolunteerId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public DateTime Since { get; private set; }
}

/// <summary>How volunteers' documents are checked and shown.</summary>
internal static class Documents
{
    public static string NameOf(DocumentType type) => type switch
    {
        DocumentType.ResidentId => "居民身份证",
        DocumentType.HongKongMacao => "港澳居民来往内地通行证",
        DocumentType.Taiwan => "台湾居民来往大陆通行证",
        DocumentType.Passport => "护照",
        _ => "外国人永久居留身份证",
    };

    /// <summary>The number as stored, or a Chinese refusal naming the field.</summary>
    public static string Normalise(DocumentType type, string number, DateOnly today)
    {
        var text = number.Trim().ToUpperInvariant();
        if (type == DocumentType.ResidentId)
        {
            return ResidentIdNumber.TryParse(text, today, out var parsed, out var error) ? parsed!.Value : throw new BusinessRuleException(error!, "documentNumber");
        }

        if (text.Length is < 5 or > 30 || !text.All(c => char.IsAsciiLetterOrDigit(c)))
        {
            throw new BusinessRuleException("证件号码应为 5–30 位字母或数字，请按证件填写。", "documentNumber");
        }

        return text;
    }

    /// <summary>A mainland mobile number: 11 digits starting with 1.</summary>
    public static string? Phone(string? phone)
    {
        var text = phone?.Trim().Replace(" ", "", StringComparison.Ordinal).Replace("-", "", StringComparison.Ordinal);
        if (string.IsNullOrEmpty(text))
        {
            return null;
        }

        return text.Length == 11 && text[0] == '1' && text.All(char.IsAsciiDigit) ? text : throw new BusinessRuleException("手机号应为 11 位数字，以 1 开头。", "phone");
    }
}
