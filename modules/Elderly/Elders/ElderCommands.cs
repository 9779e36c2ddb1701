using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Contracts.Notifications;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Outbox;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>
/// Opens or updates an elder's profile. The client must be 60 or older, of the caller's station, and hold the
/// special-difficulty category (特殊困难老年人); the visit frequency follows from the tier and self-care.
/// </summary>
[Requires(ElderlyPermissions.Record)]
public sealed class SaveElderProfile : IRequest, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientId { get; set; } = "";

    public string? WorkerId { get; set; }

    public List<string> Situations { get; set; } = [];

    public SelfCare Eating { get; set; }
    public SelfCare Dressing { get; set; }
    public SelfCare Transfer { get; set; }
    public SelfCare Toileting { get; set; }
    public SelfCare Walking { get; set; }
    public SelfCare Bathing { get; set; }

    [StringLength(300, ErrorMessage = "紧急联系人不能超过 300 字。")]
    public string? EmergencyContacts { get; set; }

    [StringLength(300, ErrorMessage = "照料人不能超过 300 字。")]
    public string? Carer { get; set; }

    public RiskTier Tier { get; set; }

    string IAudited.AuditAction => "保存老年人探访档案";

    string? IAudited.AuditTarget => ClientId;

    internal sealed class Handler(ElderlyDb db, ElderFiles files, IMediator mediator, ICurrentUser user, ElderlyRules rules, TimeProvider clock) : IRequestHandler<SaveElderProfile, Unit>
    {
        public async Task<Unit> Handle(SaveElderProfile request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记老年人探访档案和探访");
            var today = LocalTime.Today(clock);
            var client = await files.EligibleAsync(request.ClientId, station, cancellationToken);

            var situation = ElderSituation.None;
            foreach (var name in request.Situations)
            {
                situation |= Enum.TryParse<ElderSituation>(name, ignoreCase: true, out var flag) && flag != ElderSituation.None
                    ? flag
                    : throw new BusinessRuleException($"情形“{name}”不认识：可选 livingAlone、emptyNest、leftBehind、disabled、severeDisability、familyPlanningSpecial、advanced。", "situations");
            }

            if (situation == ElderSituation.None)
            {
                throw new BusinessRuleException("请至少选择一种特殊困难情形（独居、空巢、留守、失能、重残、计生特殊家庭、高龄）。", "situations");
            }

            var workerId = string.IsNullOrWhiteSpace(request.WorkerId) ? user.UserId! : request.WorkerId;
            if (workerId != user.UserId && !(await mediator.Send(new GetStationWorkers(station), cancellationToken)).Any(w => w.Id == workerId && w.IsActive))
            {
                throw new BusinessRuleException("负责社工须是本站点的社工。", "workerId");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var elder = await db.Elders.FirstOrDefaultAsync(e => e.ClientId == client.Id, cancellationToken);
            if (elder is null)
            {
                elder = new ElderProfile(client.Id, station, client.Name, workerId, today, now);
                db.Elders.Add(elder);
            }

            elder.EnsureOpen();

            elder.Name = client.Name;
            elder.WorkerId = workerId;
            elder.Situation = situation;
            (elder.Eating, elder.Dressing, elder.Transfer, elder.Toileting, elder.Walking, elder.Bathing) = (request.Eating, request.Dressing, request.Transfer, request.Toileting, request.Walking, request.Bathing);
            elder.EmergencyContacts = string.IsNullOrWhiteSpace(request.EmergencyContacts) ? null : request.EmergencyContacts.Trim();
            elder.Carer = string.IsNullOrWhiteSpace(request.Carer) ? null : request.Carer.Trim();
            elder.Tier = request.Tier;
            elder.Every = rules.EveryFor(elder.Tier, ElderTerms.IsDisabled(elder.Situation, elder.Activities));
            elder.UpdatedAt = now;
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>
/// A care visit to an elder with a profile: health, safety, living, needs. An urgent finding tells every lead at once.
/// Home visits credit OUTREACH (2 h), phone and video ones OUTREACH_PHONE (1 h), through the outbox with the visit.
/// </summary>
[Requires(ElderlyPermissions.Record)]
public sealed class RecordElderVisit : IRequest<string>, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写探访时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(ErrorMessage = "请选择探访方式（入户、电话或视频）。")]
    public ElderVisitKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写探访情况。")]
    [StringLength(4000, ErrorMessage = "探访情况不能超过 4000 字。")]
    public string Content { get; set; } = "";

    [StringLength(500, ErrorMessage = "健康情况不能超过 500 字。")] public string? Health { get; set; }
    [StringLength(500, ErrorMessage = "安全情况不能超过 500 字。")] public string? Safety { get; set; }
    [StringLength(500, ErrorMessage = "生活情况不能超过 500 字。")] public string? Living { get; set; }
    [StringLength(500, ErrorMessage = "需求不能超过 500 字。")] public string? Needs { get; set; }

    /// <summary>Something that cannot wait (a fall, no food or heating, illness without care).</summary>
    public bool Urgent { get; set; }

    string IAudited.AuditAction => Urgent ? "老年人探访（紧急情况）" : "老年人探访";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Kind} {VisitedAt:yyyy-MM-dd HH:mm}";

    internal sealed class Handler(ElderlyDb db, ElderFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordElderVisit, string>
    {
        public async Task<string> Handle(RecordElderVisit request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记老年人探访档案和探访");
            var elder = await files.ForRecordingAsync(request.ClientId, cancellationToken);

            var now = clock.GetUtcNow();
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock);

            if (request.Urgent && string.IsNullOrWhiteSpace(request.Safety) && string.IsNullOrWhiteSpace(request.Health))
            {
                throw new BusinessRuleException("紧急情况请在“健康”或“安全”中写明发现了什么。", "safety");
            }

            var visit = new ElderVisit(elder.ClientId, station, user.UserId!, request.Kind!.Value, visitedAt.UtcDateTime, request.Content.Trim(), now.UtcDateTime)
            {
                Health = Clean(request.Health), Safety = Clean(request.Safety), Living = Clean(request.Living), Needs = Clean(request.Needs), Urgent = request.Urgent,
            };
            db.Visits.Add(visit);
            var home = visit.Kind == ElderVisitKind.Home;
            var source = ElderMessages.Visit(visit.Id);
            var link = ElderMessages.Link(elder.ClientId);
            db.EnqueueCredit(source, new ServiceCredit(station, visit.WorkerId, home ? Indicators.Outreach : Indicators.OutreachPhone, 1, visit.VisitedOn, [elder.ClientId], $"特殊困难老年人探访（{ElderMessages.KindName(visit.Kind)}）：{elder.Name}", link), clock);
            db.EnqueueTimeline(source, [elder.ClientId], LocalTime.Of(visitedAt), $"老年人探访（{ElderMessages.KindName(visit.Kind)}）", visit.Content.Length > 80 ? visit.Content[..80] + "…" : visit.Content, link, clock);
            if (visit.Urgent)
            {
                db.EnqueueToLeads(source, "urgent", $"紧急：{user.DisplayName}在 {LocalTime.Of(visitedAt):yyyy-MM-dd HH:mm} 探访{elder.Name}时发现紧急情况：{visit.Safety ?? visit.Health}", link, clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return visit.Id;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

/// <summary>Withdraws an elder visit entered in error (who recorded it, or the lead); its credit and timeline entry are taken back.</summary>
[Requires(ElderlyPermissions.Withdraw, Owner = Ownership.WorkerOrLead, Record = typeof(ElderVisit))]
public sealed record WithdrawElderVisit(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤回的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤回的原因。")] string Reason) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "撤回老年人探访";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<WithdrawElderVisit, Unit>
    {
        public async Task<Unit> Handle(WithdrawElderVisit request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次探访，或您无权查看。");
            visit.Withdraw(request.Reason.Trim());
            db.EnqueueWithdrawal(ElderMessages.Visit(visit.Id), credited: true, visit.WithdrawReason!, clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}


internal static class ElderMessages
{
    public const string Module = "elderly";

    public static string Link(string clientId) => $"/elderly/elders/details/{clientId}";

    public static RecordSource Visit(string id) => new(Module, "visit", id);

    public static string KindName(ElderVisitKind kind) => kind switch { ElderVisitKind.Home => "入户", ElderVisitKind.Phone => "电话", _ => "视频" };
}
