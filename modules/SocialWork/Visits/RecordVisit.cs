using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>The limits of a visit record.</summary>
internal static class VisitRules
{
    public const int ContentLength = 4000;

    public const int MostClients = 20;
}

/// <summary>A need found on a visit; with several people visited, <c>ClientId</c> says whose it is.</summary>
public sealed record FoundNeed(string? ClientId, string Kind, string Description, NeedPriority Priority = NeedPriority.Medium);

/// <summary>
/// A station worker records an outreach visit. In one transaction with the visit, through the module's outbox:
/// one credit per person visited (home 2 h under OUTREACH, phone 1 h under OUTREACH_PHONE, hours from the
/// catalogue), a timeline entry on each client, and each need found added to the client's archive.
/// </summary>
[Requires(SocialWorkPermissions.Record)]
internal sealed class RecordVisit : IRequest<string>, IAudited
{
    public List<string> ClientIds { get; set; } = [];

    [Required(ErrorMessage = "请选择探访方式（入户或电话）。")]
    public VisitKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写探访时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请填写探访内容：看到了什么、谈了什么。")]
    [StringLength(VisitRules.ContentLength, ErrorMessage = "探访内容不能超过 4000 字。")]
    public string Content { get; set; } = "";

    [StringLength(100, ErrorMessage = "地点不能超过 100 字。")]
    public string? Place { get; set; }

    public List<string> CompanionIds { get; set; } = [];

    public List<FoundNeed> Needs { get; set; } = [];

    public DateOnly? FollowUpOn { get; set; }

    [StringLength(200, ErrorMessage = "跟进事项不能超过 200 字。")]
    public string? FollowUpNote { get; set; }

    /// <summary>Photos already checked and kept by the upload store (set by the page, never read from JSON).</summary>
    [System.Text.Json.Serialization.JsonIgnore]
    internal List<Attachment> Photos { get; set; } = [];

    string IAudited.AuditAction => "登记探访";

    string? IAudited.AuditTarget => string.Join(",", ClientIds);

    string? IAudited.AuditDetail => $"{Kind} {VisitedAt:yyyy-MM-dd HH:mm}";

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordVisit, string>
    {
        public async Task<string> Handle(RecordVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记探访");
            var workerId = user.UserId!;

            var now = clock.GetUtcNow();
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock);

            var clients = await VisitedClientsAsync(request.ClientIds, station, cancellationToken);
            var companions = request.CompanionIds.Where(c => !string.IsNullOrWhiteSpace(c) && c != workerId).Distinct().ToList();
            if (companions.Count > 0)
            {
                var colleagues = (await mediator.Send(new GetStationWorkers(station), cancellationToken)).Select(w => w.Id).ToHashSet();
                if (companions.Any(c => !colleagues.Contains(c)))
                {
                    throw new BusinessRuleException("同行社工须是本站点的社工。", "companionIds");
                }
            }

            var visit = new Visit(station, workerId, request.Kind!.Value, visitedAt.UtcDateTime, request.Content.Trim(), now.UtcDateTime)
            {
                Place = string.IsNullOrWhiteSpace(request.Place) ? null : request.Place.Trim(),
                CompanionIds = companions,
            };
            foreach (var client in clients)
            {
                visit.AddClient(client.Id, client.Name);
            }

            foreach (var need in request.Needs)
            {
                var clientId = need.ClientId ?? (clients.Count == 1 ? clients[0].Id : throw new BusinessRuleException("探访了多人时，请说明每项需求属于谁。", "needs"));
                if (clients.All(c => c.Id != clientId))
                {
                    throw new BusinessRuleException("需求须属于本次探访的对象。", "needs");
                }

                if (!NeedKinds.IsKnown(need.Kind))
                {
                    throw new BusinessRuleException($"没有“{need.Kind}”这种需求类型。", "needs");
                }

                if (string.IsNullOrWhiteSpace(need.Description) || need.Description.Trim().Length > 200)
                {
                    throw new BusinessRuleException("请用 200 字以内说明发现的需求。", "needs");
                }

                visit.AddNeed(clientId, need.Kind, need.Description.Trim(), need.Priority);
            }

            if (request.FollowUpOn is { } followUp)
            {
                visit.WantFollowUp(followUp, string.IsNullOrWhiteSpace(request.FollowUpNote) ? null : request.FollowUpNote.Trim());
            }

            if (request.Photos.Count > 0)
            {
                visit.AddPhotos(request.Photos);
            }

            db.Visits.Add(visit);
            VisitMessages.Recorded(db, visit, clock);
            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }

        private async Task<List<ClientSummary>> VisitedClientsAsync(IEnumerable<string> ids, string station, CancellationToken cancellationToken)
        {
            var clients = await StationClients.FindAsync(mediator, ids, station, VisitRules.MostClients, cancellationToken);
            if (clients.Count == 0)
            {
                throw new BusinessRuleException("请选择至少一名探访对象。", "clientIds");
            }

            if (clients.FirstOrDefault(c => c.IsArchived) is { } archived)
            {
                throw new BusinessRuleException($"{archived.Name}的档案已归档，不能再登记探访。", "clientIds");
            }

            return clients;
        }
    }
}

/// <summary>What a visit tells the other modules, always through the outbox in the transaction that changes the visit.</summary>
internal static class VisitMessages
{
    public const string Module = "socialwork";

    public static string Link(Visit visit) => $"/socialwork/visits/details/{visit.Id}";

    /// <summary>The visit as the timeline knows it; each client's credit is a <see cref="RecordSource.Part"/> of it (<c>visit:42:c7</c>).</summary>
    public static RecordSource Source(Visit visit) => new(Module, "visit", visit.Id);

    public static void Recorded(SocialWorkDb db, Visit visit, TimeProvider clock)
    {
        var source = Source(visit);
        foreach (var client in visit.Clients)
        {
            db.EnqueueCredit(source.Part(client.ClientId), new ServiceCredit(visit.StationId, visit.WorkerId, visit.Indicator, 1, visit.Date, [client.ClientId], $"{visit.KindName}：{client.Name}", Link(visit)), clock);
        }

        db.EnqueueTimeline(source, visit.Clients.Select(c => c.ClientId), visit.LocalVisitedAt, visit.KindName, Excerpt(visit.Content), Link(visit), clock);
        db.EnqueueNeeds(source, new NeedOccasion(visit.StationId, visit.WorkerId, visit.LocalVisitedAt, visit.KindName, Link(visit)), visit.Needs.Select(n => new RecordedNeed(n.ClientId, n.Kind, n.Description, n.Priority)), clock);
    }

    public static void Withdrawn(SocialWorkDb db, Visit visit, TimeProvider clock)
    {
        var source = Source(visit);
        var reason = "探访记录已撤回：" + visit.WithdrawReason;
        foreach (var client in visit.Clients)
        {
            db.EnqueueRetraction(source.Part(client.ClientId), reason, clock);
        }

        // The credits are the clients' parts, taken back above; the visit itself holds only the timeline entries.
        db.EnqueueWithdrawal(source, credited: false, reason, clock);
        if (visit.Needs.Count > 0)
        {
            db.EnqueueNeedsWithdrawal(source, reason, clock);
        }
    }

    private static string Excerpt(string content) => content.Length <= 100 ? content : content[..99] + "…";
}
