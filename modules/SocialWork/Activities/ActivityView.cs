using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>An activity as the pages and the API show it; <c>Missing</c> is what keeps it from counting.</summary>
public sealed record ActivityView
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required ActivitySize Size { get; init; }

    public required string SizeName { get; init; }

    public required string Theme { get; init; }

    public required DateOnly Date { get; init; }

    public required string Place { get; init; }

    public required string? Partners { get; init; }

    public required string? Plan { get; init; }

    public required int? Participants { get; init; }

    public required string? Volunteers { get; init; }

    public required int? VolunteerCount { get; init; }

    public required string? Summary { get; init; }

    public required string WorkerId { get; init; }

    public required string WorkerName { get; init; }

    public required IReadOnlyList<NamedClient> Clients { get; init; }

    public required IReadOnlyList<ActivityFile> Files { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    public required bool IsCompleted { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    internal static ActivityView Of(Activity a, IReadOnlyDictionary<string, string> workers, DateOnly today) => new ActivityView
    {
        Id = a.Id,
        StationId = a.StationId,
        Size = a.Size,
        SizeName = a.SizeName,
        Theme = a.Theme,
        Date = a.Date,
        Place = a.Place,
        Partners = a.Partners,
        Plan = a.Plan,
        Participants = a.Participants,
        Volunteers = a.Volunteers,
        VolunteerCount = a.VolunteerCount,
        Summary = a.Summary,
        WorkerId = a.WorkerId,
        WorkerName = workers.GetValueOrDefault(a.WorkerId, a.WorkerId),
        Clients = a.Clients.Select(c => new NamedClient(c.ClientId, c.Name)).ToList(),
        Files = a.Attachments.OrderBy(f => f.Id).Select((f, i) => new ActivityFile(i + 1, f.Kind, f.FileName, f.ContentType)).ToList(),
        Missing = a.IsCompleted || a.IsWithdrawn ? [] : a.Missing(today),
        IsCompleted = a.IsCompleted,
        IsWithdrawn = a.IsWithdrawn,
        WithdrawReason = a.WithdrawReason,
    };
}

/// <summary>A file of an activity, by its number.</summary>
public sealed record ActivityFile(int Number, AttachmentKind Kind, string FileName, string ContentType);
