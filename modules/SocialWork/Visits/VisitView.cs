using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>A visit as the pages and the API show it; times in China time.</summary>
public sealed record VisitView(
    string Id,
    string StationId,
    VisitKind Kind,
    string KindName,
    DateTimeOffset VisitedAt,
    string WorkerId,
    string WorkerName,
    IReadOnlyList<string> CompanionNames,
    IReadOnlyList<NamedClient> Clients,
    string Content,
    string? Place,
    IReadOnlyList<FoundNeed> Needs,
    DateOnly? FollowUpOn,
    string? FollowUpNote,
    int Photos,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static VisitView Of(Visit v, IReadOnlyDictionary<string, string> workers) => new(
        v.Id,
        v.StationId,
        v.Kind,
        v.KindName,
        v.LocalVisitedAt,
        v.WorkerId,
        workers.GetValueOrDefault(v.WorkerId, v.WorkerId),
        v.CompanionIds.Select(c => workers.GetValueOrDefault(c, c)).ToList(),
        v.Clients.Select(c => new NamedClient(c.ClientId, c.Name)).ToList(),
        v.Content,
        v.Place,
        v.Needs.Select(n => new FoundNeed(n.ClientId, n.Kind, n.Description, n.Priority)).ToList(),
        v.FollowUpOn,
        v.FollowUpNote,
        v.Photos.Count,
        v.IsWithdrawn,
        v.WithdrawReason);
}
