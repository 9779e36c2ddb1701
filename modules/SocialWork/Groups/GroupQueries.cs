using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>Groups the caller may see, newest first: a worker's, or only those not yet counted (待完善).</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record ListGroups(string? WorkerId = null, bool PendingOnly = false, int Page = 1, int PageSize = 30) : IRequest<Paged<GroupView>>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<ListGroups, Paged<GroupView>>
    {
        public async Task<Paged<GroupView>> Handle(ListGroups request, CancellationToken cancellationToken)
        {
            var groups = db.Groups.AsNoTracking();
            if (request.WorkerId is { } workerId)
            {
                groups = groups.Where(g => g.WorkerId == workerId);
            }

            if (request.PendingOnly)
            {
                groups = groups.Where(g => g.CompletedAt == null && !g.IsWithdrawn);
            }

            var found = await groups.OrderByDescending(g => g.CreatedAt).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            var names = await WorkerNames.VisibleAsync(mediator, cancellationToken);
            return found.Map(g => GroupView.Of(g, names));
        }
    }
}

/// <summary>One group by id; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
public sealed record GetGroup(string Id) : IRequest<GroupView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetGroup, GroupView>
    {
        public async Task<GroupView> Handle(GetGroup request, CancellationToken cancellationToken)
        {
            var group = await db.Groups.AsNoTracking().FirstOrDefaultAsync(g => g.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个小组，或您无权查看。");
            return GroupView.Of(group, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}

/// <summary>A group as the pages and the API show it; <c>Missing</c> is what keeps it from counting.</summary>
public sealed record GroupView(
    string Id,
    string StationId,
    string Name,
    string Target,
    string Plan,
    IReadOnlyList<string> PlannedSessions,
    string WorkerId,
    string WorkerName,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<SessionView> Sessions,
    string? Summary,
    IReadOnlyList<string> Missing,
    bool IsCompleted,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static GroupView Of(Group g, IReadOnlyDictionary<string, string> workers) => new(
        g.Id,
        g.StationId,
        g.Name,
        g.Target,
        g.Plan,
        g.PlannedSessions,
        g.WorkerId,
        workers.GetValueOrDefault(g.WorkerId, g.WorkerId),
        g.Members.OrderBy(m => m.Number).Select(m => new MemberView(m.Number, m.ClientId, m.Name, m.HasLeft)).ToList(),
        g.Sessions.OrderBy(s => s.Number).Select(s =>
        {
            var result = SessionResult.Of(s);
            return new SessionView(s.Number, s.Date, s.Topic, s.ProcessRecord, s.Present, s.MemberCount, result.AttendanceRate, result.Qualifies, result.Reason);
        }).ToList(),
        g.Summary,
        g.IsCompleted || g.IsWithdrawn ? [] : g.Missing(),
        g.IsCompleted,
        g.IsWithdrawn,
        g.WithdrawReason);
}

/// <summary>A member by number.</summary>
public sealed record MemberView(int Number, string? ClientId, string Name, bool HasLeft);

/// <summary>A session, its attendance and whether it counts (with the reason when not).</summary>
public sealed record SessionView(int Number, DateOnly Date, string Topic, string? ProcessRecord, IReadOnlyList<int> Present, int MemberCount, decimal AttendanceRate, bool Qualifies, string? Reason);
