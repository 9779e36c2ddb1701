using MediatR;

namespace Platform.Modularity.Jobs;

/// <summary>
/// Published by the host after every run of a scheduled job, on the instance that ran it: what it did (the job's
/// result, or the error) and when. The notifications module keeps these for the administrator's jobs page.
/// </summary>
public sealed record JobRunFinished(
    string Group,
    string Name,
    string FireId,
    DateTime ScheduledAt,
    DateTime StartedAt,
    DateTime FinishedAt,
    bool Succeeded,
    string Result,
    string Node) : INotification;
