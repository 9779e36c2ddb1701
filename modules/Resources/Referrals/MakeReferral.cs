using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Referrals;

/// <summary>
/// A station worker refers a client's need to a resource of the directory (their station's or the district's):
/// from a need on the 待链接 list (<see cref="NeedId"/>: the client, kind and words come from it) or straight from
/// the client's page (<see cref="ClientId"/>, <see cref="NeedKind"/>, <see cref="Need"/>). The referral goes on
/// the client's timeline through the outbox with the save; a follow-up day joins the worker's digest.
/// </summary>
[Requires(ResourcesPermissions.Refer)]
public sealed class MakeReferral : IRequest<string>, IAudited
{
    [StringLength(32, ErrorMessage = "服务对象编号不正确。")]
    public string? ClientId { get; set; }

    public long? NeedId { get; set; }

    [Required(ErrorMessage = "请选择转介到哪个资源。")]
    [StringLength(32, ErrorMessage = "请从资源目录中选择资源。")]
    public string? ResourceId { get; set; }

    [StringLength(20, ErrorMessage = "请选择需求类型。")]
    public string? NeedKind { get; set; }

    [StringLength(500, ErrorMessage = "需求说明不能超过 500 字。")]
    public string? Need { get; set; }

    /// <summary>The day of the referral; today when left out.</summary>
    public DateOnly? ReferredOn { get; set; }

    [StringLength(500, ErrorMessage = "转介说明不能超过 500 字。")]
    public string? Note { get; set; }

    public DateOnly? FollowUpOn { get; set; }

    string IAudited.AuditAction => "转介资源";

    string? IAudited.AuditTarget => ClientId ?? NeedId?.ToString(System.Globalization.CultureInfo.InvariantCulture);

    string? IAudited.AuditDetail => ResourceId;

    internal sealed class Handler(ResourcesDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<MakeReferral, string>
    {
        public async Task<string> Handle(MakeReferral request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("转介资源");
            var today = LocalTime.Today(clock);
            var on = request.ReferredOn ?? today;
            if (on > today)
            {
                throw new BusinessRuleException("转介日期不能晚于今天。", "referredOn");
            }

            if (on < today.AddYears(-1))
            {
                throw new BusinessRuleException("转介日期不能早于一年前。", "referredOn");
            }

            if (request.FollowUpOn is { } followUp && (followUp < on || followUp > today.AddYears(1)))
            {
                throw new BusinessRuleException("跟进日期须在转介日期之后、一年以内。", "followUpOn");
            }

            OfferedNeed? need = null;
            string clientId, kind, words;
            if (request.NeedId is { } needId)
            {
                need = await db.Needs.FirstOrDefaultAsync(n => n.Id == needId && n.State != OfferedNeedState.Withdrawn, cancellationToken)
                    ?? throw new NotFoundException("找不到该需求，或您无权查看。");
                if (need.State == OfferedNeedState.Referred)
                {
                    throw new ConflictException("这项需求已经转介过了，请在转介记录中跟进。", "needId");
                }

                if (need.State == OfferedNeedState.Dismissed)
                {
                    throw new ConflictException($"这项需求已标为“无需转介”（{need.DismissedReason}），不能再从它转介；确需转介的，请在服务对象页面点“转介资源”。", "needId");
                }

                (clientId, kind, words) = (need.ClientId, need.Kind, string.IsNullOrWhiteSpace(request.Need) ? need.Description : request.Need.Trim());
            }
            else
            {
                if (string.IsNullOrWhiteSpace(request.ClientId))
                {
                    throw new BusinessRuleException("请选择要转介的服务对象。", "clientId");
                }

                if (!NeedKinds.IsKnown(request.NeedKind))
                {
                    throw new BusinessRuleException("请选择需求类型。", "needKind");
                }

                if (string.IsNullOrWhiteSpace(request.Need))
                {
                    throw new BusinessRuleException("请说明服务对象需要什么帮助。", "need");
                }

                (clientId, kind, words) = (request.ClientId.Trim(), request.NeedKind!, request.Need.Trim());
            }

            var client = await mediator.Send(new GetClient(clientId), cancellationToken);
            if (client is null || client.StationId != station)
            {
                throw new NotFoundException("找不到该服务对象，或您无权查看。");
            }

            if (client.IsArchived)
            {
                throw new BusinessRuleException($"{client.Name}的档案已归档，不能再转介。", "clientId");
            }

            var resource = await db.VisibleResources().FirstOrDefaultAsync(r => r.Id == request.ResourceId, cancellationToken)
                ?? throw new NotFoundException("找不到该资源，或您无权查看。");
            if (!resource.IsActive)
            {
                throw new BusinessRuleException($"“{resource.Name}”已停用，请选择其他资源。", "resourceId");
            }

            var referral = new Referral(station, user.UserId!, client.Id, client.Name, resource, kind, words, on, clock.GetUtcNow().UtcDateTime)
            {
                NeedId = need?.Id,
                NeedLink = need?.Link,
                Note = string.IsNullOrWhiteSpace(request.Note) ? null : request.Note.Trim(),
            };
            referral.FollowUp(request.FollowUpOn);
            db.Referrals.Add(referral);
            if (need is not null)
            {
                need.State = OfferedNeedState.Referred;
                need.ReferralId = referral.Id;
            }

            ReferralMessages.Made(db, referral, clock);
            await db.SaveChangesAsync(cancellationToken);
            return referral.Id;
        }
    }
}
