using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Notifications;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork;

/// <summary>
/// What social work has falling due, for the daily digest and the 今日待办 page: a visit's follow-up (跟进) on or after
/// its date until someone visits that person again, and a closed case's follow-up (追踪) from
/// <see cref="CaseFollowUpAfterDays"/> days after closure until it is recorded. Anything overdue longer than
/// <see cref="OverdueWindowDays"/> days drops out of the digest (it stays on the records' own pages).
/// </summary>
internal sealed class DueItemsHandler(SocialWorkDb db) : INotificationHandler<GatherDueItems>
{
    /// <summary>A case is followed up a month after closure (MZ/T 094-2017 leaves the interval to the plan; a month is the common practice).</summary>
    public const int CaseFollowUpAfterDays = 30;

    /// <summary>How long an overdue item keeps appearing in the digest.</summary>
    public const int OverdueWindowDays = 90;

    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        var day = notification.Day;
        var from = day.AddDays(-OverdueWindowDays);
        var visits = db.Visits.AsNoTracking().Where(v => !v.IsWithdrawn && v.FollowUpOn != null && v.FollowUpOn <= day && v.FollowUpOn >= from);
        if (notification.WorkerId is { } workerId)
        {
            visits = visits.Where(v => v.WorkerId == workerId);
        }

        // Written as a join from the person visited, so that each follow-up looks up that person's later visits by index.
        var visitsOfClients = from later in db.Visits
                              where !later.IsWithdrawn
                              from l in later.Clients
                              select new { l.ClientId, later.VisitedAt };
        var followUps = await (from v in visits
                               from c in v.Clients
                               where !visitsOfClients.Any(x => x.ClientId == c.ClientId && x.VisitedAt > v.VisitedAt)
                               select new { v.Id, v.WorkerId, c.Name, v.FollowUpOn, v.FollowUpNote })
            .ToListAsync(cancellationToken);
        foreach (var f in followUps)
        {
            notification.Add(new DueItem(f.WorkerId, "socialwork", "探访跟进", f.FollowUpNote is { } note ? $"{f.Name}：{note}" : f.Name, f.FollowUpOn!.Value, $"/socialwork/visits/details/{f.Id}"));
        }

        var closedBy = day.AddDays(-CaseFollowUpAfterDays);
        var closedFrom = from.AddDays(-CaseFollowUpAfterDays);
        var cases = db.Cases.AsNoTracking().Where(c => !c.IsWithdrawn && !c.Documents.Any(d => d.Kind == CaseDocumentKind.FollowUp));
        if (notification.WorkerId is { } caseWorker)
        {
            cases = cases.Where(c => c.WorkerId == caseWorker);
        }

        var closed = await (from c in cases
                            from d in c.Documents
                            where d.Kind == CaseDocumentKind.Closure && d.Date <= closedBy && d.Date >= closedFrom
                            select new { c.Id, c.WorkerId, c.ClientName, d.Date })
            .ToListAsync(cancellationToken);
        foreach (var c in closed)
        {
            notification.Add(new DueItem(c.WorkerId, "socialwork", "个案追踪", $"{c.ClientName}（{c.Date:yyyy-MM-dd} 结案）", c.Date.AddDays(CaseFollowUpAfterDays), $"/socialwork/cases/details/{c.Id}"));
        }
    }
}
