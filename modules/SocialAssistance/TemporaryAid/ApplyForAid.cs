using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.TemporaryAid;

/// <summary>
/// Takes a 临时救助 application of a client of the caller's station, on the normal route (the procedure due within the
/// working-day limit) or the emergency route (the aid given first, its papers due within 10 working days). Warns — never
/// refuses — when the same person asked for the same cause within the rules' months.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class ApplyForAid : IRequest<AidTaken>, IAudited
{
    [Required(AllowEmptyStrings = false, ErrorMessage = "请选择申请人。")]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请选择办理程序（一般程序或紧急程序）。")]
    public AidRoute? Route { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请选择救助事由。")]
    public string Cause { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请写明困难情况。")]
    [StringLength(2000, ErrorMessage = "困难情况不能超过 2000 字。")]
    public string Situation { get; set; } = "";

    [Required(ErrorMessage = "请填写受理（救助）日期。")]
    public DateOnly? AppliedOn { get; set; }

    /// <summary>Emergency route: the amount given first, yuan.</summary>
    [Range(typeof(decimal), "0.01", "1000000", ErrorMessage = "先行救助金额须大于 0 元。")]
    public decimal? Amount { get; set; }

    /// <summary>Emergency route: who decided the aid first.</summary>
    [StringLength(100, ErrorMessage = "批准人（单位）不能超过 100 字。")]
    public string? GrantedBy { get; set; }

    string IAudited.AuditAction => "受理临时救助";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Route} {Cause} {AppliedOn:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, IMediator mediator, SocialAssistanceRules rules, ICurrentUser user, TimeProvider clock) : IRequestHandler<ApplyForAid, AidTaken>
    {
        public async Task<AidTaken> Handle(ApplyForAid request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("受理临时救助");
            if (!AidTerms.IsCause(request.Cause))
            {
                throw new BusinessRuleException("请从列表中选择救助事由。", "cause");
            }

            var day = request.AppliedOn!.Value;
            if (day > LocalTime.Today(clock) || day < LocalTime.Today(clock).AddYears(-1))
            {
                throw new BusinessRuleException("受理日期须在一年以内，且不能晚于今天。", "appliedOn");
            }

            var route = request.Route!.Value;
            if (route == AidRoute.Emergency && (request.Amount is null || string.IsNullOrWhiteSpace(request.GrantedBy)))
            {
                throw new BusinessRuleException("紧急程序请填写先行救助的金额和批准人（单位）。", request.Amount is null ? "amount" : "grantedBy");
            }

            var client = await mediator.Send(new GetClient(request.ClientId), cancellationToken);
            if (client is null || client.StationId != station)
            {
                throw new NotFoundException("找不到该服务对象，或不属于您的站点。");
            }

            var since = day.AddMonths(-rules.SameCauseMonths);
            var earlier = await db.AidApplications.AsNoTracking()
                .Where(a => a.ClientId == client.Id && a.Cause == request.Cause && a.AppliedOn >= since && a.Granted != false)
                .OrderByDescending(a => a.AppliedOn).Select(a => (DateOnly?)a.AppliedOn).FirstOrDefaultAsync(cancellationToken);

            var aid = new AidApplication(client.Id, station, client.Name, user.UserId!, route, request.Cause, request.Situation.Trim(), day, clock.GetUtcNow().UtcDateTime);
            if (route == AidRoute.Emergency)
            {
                aid.AidFirst(request.Amount!.Value, request.GrantedBy!.Trim());
                aid.DueOn = rules.Calendar.AddWorkingDays(day, rules.EmergencyPapersWorkingDays);
            }
            else
            {
                aid.DueOn = rules.Calendar.AddWorkingDays(day, rules.TemporaryAidWorkingDays);
            }

            db.AidApplications.Add(aid);
            await db.SaveChangesAsync(cancellationToken);
            var warning = earlier is { } on ? $"提醒：{client.Name}已于 {on:yyyy-MM-dd} 因“{AidTerms.CauseName(request.Cause)}”申请过临时救助，同一事由原则上 {rules.SameCauseMonths} 个月内救助一次，请核实。" : null;
            return new AidTaken(aid.Id, aid.DueOn, warning);
        }
    }
}

/// <summary>An application taken: its id, the working day it is due by, and the same-cause warning if any.</summary>
public sealed record AidTaken(string Id, DateOnly DueOn, string? Warning);
