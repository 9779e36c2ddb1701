using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>An activity as the pages and the API show it; <c>Missing</c> is what keeps it from counting.</summary>
public sealed record ActivityView(
    string Id,
    string StationId,
    ActivitySize Size,
    string SizeName,
    string Theme,
    DateOnly Date,
    string Place,
    string? Partners,
    string? Plan,
    int? Participants,
    string? Volunteers,
    int? VolunteerCount,
    string? Summary,
    string WorkerId,
    string WorkerName,
    IReadOnlyList<NamedClient> Clients,
    IReadOnlyList<ActivityFile> Files,
    IReadOnlyList<string> Missing,
    bool IsCompleted,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static ActivityView Of(Activity a, IReadOnlyDictionary<string, string> workers, DateOnly today) => new(
        a.Id,
        a.StationId,
        a.Size,
        a.SizeName,
        a.Theme,
        a.Date,
        a.Place,
        a.Partners,
        a.Plan,
        a.Participants,
        a.Volunteers,
        a.VolunteerCount,
        a.Summary,
        a.WorkerId,
        workers.GetValueOrDefault(a.WorkerId, a.WorkerId),
        a.Clients.Select(c => new NamedClient(c.ClientId, c.Name)).ToList(),
        a.Attachments.OrderBy(f => f.Id).Select((f, i) => new ActivityFile(i + 1, f.Kind, f.FileName, f.ContentType)).ToList(),
        a.IsCompleted || a.IsWithdrawn ? [] : a.Missing(today),
        a.IsCompleted,
        a.IsWithdrawn,
        a.WithdrawReason);
}

/// <summary>A file of an activity, by its number.</summary>
public sealed record ActivityFile(int Number, AttachmentKind Kind, string FileName, string ContentType);
