using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
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
