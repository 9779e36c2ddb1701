using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>A station worker opens a case (接案) for a client of the station.</summary>
[Requires(SocialWorkPermissions.Record)]
public sealed class OpenCase : IRequest<string>, IAudited
{
    [Required(ErrorMessage = "请选择服务对象。")]
    public string ClientId { get; set; } = "";

    [Required(ErrorMessage = "请填写接案日期。")]
    public DateOnly? OpenedOn { get; set; }

    [Required(ErrorMessage = "请填写接案情况：来源（转介、主动求助、探访发现）和主要问题。")]
    [StringLength(2000, ErrorMessage = "接案情况不能超过 2000 字。")]
    public string Intake { get; set; } = "";

    string IAudited.AuditAction => "个案接案";

    string? IAudited.AuditTarget => ClientId;

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<OpenCase, string>
    {
        public async Task<string> Handle(OpenCase request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("接案");
            var workerId = user.UserId!;

            var today = LocalTime.Today(clock);
            if (request.OpenedOn > today || request.OpenedOn < today.AddYears(-1))
            {
                throw new BusinessRuleException("接案日期应在一年之内，且不晚于今天。", "openedOn");
            }

            var client = (await StationClients.FindAsync(mediator, [request.ClientId], station, 1, cancellationToken)).Single();
            var @case = new Case(station, workerId, client.Id, client.Name, request.OpenedOn!.Value, request.Intake.Trim(), clock.GetUtcNow().UtcDateTime);
            db.Cases.Add(@case);
            CaseMessages.Timeline(db, @case, "个案接案", clock);
            await db.SaveChangesAsync(cancellationToken);
            return @case.Id;
        }
    }
}
