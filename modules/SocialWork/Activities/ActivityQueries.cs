using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>Community activities the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record ListActivities(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<ActivityView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<ListActivities, Paged<ActivityView>>
    {
        public async Task<Paged<ActivityView>> Handle(ListActivities request, CancellationToken cancellationToken)
        {
            var activities = db.Activities.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                activities = activities.Where(a => a.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                activities = activities.Where(a => a.CompletedAt == null && !a.IsWithdrawn);
            }

            var found = await activities.OrderByDescending(a => a.Date).ThenByDescending(a => a.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            var today = LocalTime.Today(clock);
            return found.Map(a => ActivityView.Of(a, names, today));
        }
    }
}

/// <summary>One activity by id, with what it still lacks; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetActivity(string Id) : IRequest<ActivityView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<GetActivity, ActivityView>
    {
        public async Task<ActivityView> Handle(GetActivity request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个活动，或您无权查看。");
            return ActivityView.Of(activity, await WorkerNames.VisibleAsync(mediator, cancellationToken), LocalTime.Today(clock));
        }
    }
}

/// <summary>One file of an activity the caller may see (numbered from 1): the copy for phones, or the original.</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetActivityFile(string Id, int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetActivityFile, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetActivityFile request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken);
            return await Evidence.OpenAsync(store, activity?.Attachments, request.Number, request.Original, cancellationToken);
        }
    }
}

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
