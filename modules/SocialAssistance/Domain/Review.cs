using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>What a review recommends to the civil-affairs office, which decides (动态管理).</summary>
public enum ReviewConclusion
{
    /// <summary>维持.</summary>
    Maintain,

    /// <summary>建议调整.</summary>
    SuggestAdjust,

    /// <summary>建议停保.</summary>
    SuggestStop,
}

/// <summary>
/// A review (动态管理复核) of one programme: a home visit with the household economic assessment, credited as a home visit
/// (OUTREACH), and the conclusion recorded for the office. Owned by the worker who made it.
/// </summary>
internal sealed class Review : IOwnedRecord, IClientRecord
{
    private readonly List<ReviewMember> _members = [];

    private Review()
    {
    }

    public Review(string clientId, string stationId, string workerId, string programmeId, DateTime visitedAt, string findings, ReviewConclusion conclusion, DateTime createdAt)
    {
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        ProgrammeId = programmeId;
        VisitedAt = visitedAt;
        VisitedOn = LocalTime.DateOf(new DateTimeOffset(visitedAt, TimeSpan.Zero));
        Findings = findings;
        Conclusion = conclusion;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public string ProgrammeId { get; private set; } = "";

    public DateTime VisitedAt { get; private set; }

    public DateOnly VisitedOn { get; private set; }

    public string Findings { get; private set; } = "";

    public ReviewConclusion Conclusion { get; private set; }

    /// <summary>家庭财产 (a few words: house, vehicle, savings).</summary>
    public string? Assets { get; set; }

    /// <summary>Rigid expenditure over the last twelve months, yuan: 医疗、教育、康复、意外.</summary>
    public decimal MedicalExpense { get; set; }

    public decimal EducationExpense { get; set; }

    public decimal RehabilitationExpense { get; set; }

    public decimal AccidentExpense { get; set; }

    public string? Needs { get; set; }

    /// <summary>The kind of the needs found (a <see cref="Platform.Contracts.Registry.NeedKinds"/> code), as on the archive and the 待链接 list.</summary>
    public string? NeedKind { get; set; }

    public DateTime CreatedAt { get; private set; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public bool IsDemo { get; init; }

    public IReadOnlyList<ReviewMember> Members => _members;

    public void AddMember(ReviewMember member) => _members.Add(member);

    public decimal RigidExpense => MedicalExpense + EducationExpense + RehabilitationExpense + AccidentExpense;

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这次复核已经撤回。");
        }

        (IsWithdrawn, WithdrawReason) = (true, reason);
    }
}

/// <summary>One household member's monthly income by source at a review, yuan.</summary>
internal sealed class ReviewMember
{
    public long Id { get; private set; }

    public string Name { get; init; } = "";

    public string Relation { get; init; } = "";

    /// <summary>工资性收入.</summary>
    public decimal Wages { get; init; }

    /// <summary>经营净收入.</summary>
    public decimal Business { get; init; }

    /// <summary>财产净收入.</summary>
    public decimal Property { get; init; }

    /// <summary>转移净收入 (养老金、赡养费…).</summary>
    public decimal Transfer { get; init; }

    public decimal Total => Wages + Business + Property + Transfer;
}
