using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance.Domain;

/// <summary>
/// A monthly home visit (探视巡访) of a 分散供养 特困 person: what was seen of their living and care, credited as a home
/// visit (OUTREACH). Owned by the worker who made it.
/// </summary>
internal sealed class CareVisit : IOwnedRecord, IClientRecord
{
    private CareVisit()
    {
    }

    public CareVisit(string clientId, string stationId, string workerId, string programmeId, DateTime visitedAt, string findings, DateTime createdAt)
    {
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        ProgrammeId = programmeId;
        VisitedAt = visitedAt;
        VisitedOn = LocalTime.DateOf(new DateTimeOffset(visitedAt, TimeSpan.Zero));
        Findings = findings;
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

    public DateTime CreatedAt { get; private set; }

    public bool IsDemo { get; init; }
}
