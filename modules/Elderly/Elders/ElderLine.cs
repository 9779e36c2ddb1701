using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>An elder in a list: tier, how often owed, last visit, next due day (overdue when before today).</summary>
public sealed record ElderLine(string ClientId, string StationId, string Name, string WorkerId, RiskTier Tier, VisitEvery Every, DateOnly? LastVisit, DateOnly NextDue);
