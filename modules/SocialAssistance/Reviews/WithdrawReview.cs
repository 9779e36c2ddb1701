using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>
/// Withdraws a review entered in error, with a reason (the worker who made it or a lead): its credit and timeline entry
/// are taken back, its needs still waiting leave the 待链接 list (they stay on the archive), and the programme's next review
/// is owed from the review before it.
/// </summary>
[Requires(SocialAssistancePermissions.Withdraw, Owner = Ownership.WorkerOrLead, Record = typeof(Review))]
internal sealed record WithdrawReview(
    string Id,
    [property: Required(ErrorMessage = "请用 200 字以内说明撤回的原因。"), StringLength(200, ErrorMessage = "请用 200 字以内说明撤回的原因。")] string Reason) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "撤回社会救助复核";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<WithdrawReview, Unit>
    {
        public async Task<Unit> Handle(WithdrawReview request, CancellationToken cancellationToken)
        {
            var review = await db.Reviews.FirstOrDefaultAsync(r => r.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次复核，或您无权查看。");
            review.Withdraw(request.Reason.Trim());
            var programme = await db.Programmes.FirstAsync(p => p.Id == review.ProgrammeId, cancellationToken);
            var last = await db.Reviews.Where(r => r.ProgrammeId == programme.Id && !r.IsWithdrawn && r.Id != review.Id).MaxAsync(r => (DateOnly?)r.VisitedOn, cancellationToken);
            programme.Schedule(programme.ReviewEveryMonths, last);
            var visit = await db.CareVisits.Where(v => v.ProgrammeId == programme.Id).MaxAsync(v => (DateOnly?)v.VisitedOn, cancellationToken);
            programme.ScheduleVisits(programme.VisitEveryMonths, visit > last || last is null ? visit : last);
            var source = SocialAssistanceMessages.Review(review.Id);
            db.EnqueueWithdrawal(source, credited: true, review.WithdrawReason!, clock);
            if (review.Needs is not null)
            {
                db.EnqueueNeedsWithdrawal(source, "救助复核已撤回：" + review.WithdrawReason, clock);
            }
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
