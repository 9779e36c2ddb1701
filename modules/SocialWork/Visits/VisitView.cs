using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>A visit as the pages and the API show it; times in China time.</summary>
public sealed record VisitView
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required VisitKind Kind { get; init; }

    public required string KindName { get; init; }

    public required DateTimeOffset VisitedAt { get; init; }

    public required string WorkerId { get; init; }

    public required string WorkerName { get; init; }

    public required IReadOnlyList<string> CompanionNames { get; init; }

    public required IReadOnlyList<NamedClient> Clients { get; init; }

    public required string Content { get; init; }

    public required string? Place { get; init; }

    public required IReadOnlyList<FoundNeed> Needs { get; init; }

    public required DateOnly? FollowUpOn { get; init; }

    public required string? FollowUpNote { get; init; }

    public required int Photos { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    internal static VisitView Of(Visit v, IReadOnlyDictionary<string, string> workers) => new VisitView
    {
        Id = v.Id,
        StationId = v.StationId,
        Kind = v.Kind,
        KindName = v.KindName,
        VisitedAt = v.LocalVisitedAt,
        WorkerId = v.WorkerId,
        WorkerName = workers.GetValueOrDefault(v.WorkerId, v.WorkerId),
        CompanionNames = v.CompanionIds.Select(c => workers.GetValueOrDefault(c, c)).ToList(),
        Clients = v.Clients.Select(c => new NamedClient(c.ClientId, c.Name)).ToList(),
        Content = v.Content,
        Place = v.Place,
        Needs = v.Needs.Select(n => new FoundNeed(n.ClientId, n.Kind, n.Description, n.Priority)).ToList(),
        FollowUpOn = v.FollowUpOn,
        FollowUpNote = v.FollowUpNote,
        Photos = v.Photos.Count,
        IsWithdrawn = v.IsWithdrawn,
        WithdrawReason = v.WithdrawReason,
    };
}
