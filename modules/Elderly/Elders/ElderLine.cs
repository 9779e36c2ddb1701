using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>An elder in a list: tier, how often owed, last visit, next due day (overdue when before today).</summary>
public sealed record ElderLine
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required RiskTier Tier { get; init; }

    public required VisitEvery Every { get; init; }

    public required DateOnly? LastVisit { get; init; }

    public required DateOnly NextDue { get; init; }
}
