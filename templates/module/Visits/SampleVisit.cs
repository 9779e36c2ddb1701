using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Records;

namespace Platform.Modules.Sample.Visits;

/// <summary>
/// A visit to a person with a file: owned by the worker who recorded it (<see cref="IOwnedRecord"/>, so the kit checks who
/// may withdraw it) and moved with the file when the person is transferred (<see cref="IClientRecord"/>).
/// </summary>
internal sealed class SampleVisit : IOwnedRecord, IClientRecord
{
    private SampleVisit()
    {
    }

    public SampleVisit(string clientId, string stationId, string workerId, DateTime visitedAt, string content)
    {
        ClientId = clientId;
        StationId = stationId;
        WorkerId = workerId;
        VisitedAt = visitedAt;
        Content = content;
    }

    public string Id { get; private set; } = Guid.NewGuid().ToString("N");

    public string ClientId { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime VisitedAt { get; private set; }

    public string Content { get; private set; } = "";

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new ConflictException("这次探访已经撤回。");
        }

        (IsWithdrawn, WithdrawReason) = (true, reason);
    }
}
