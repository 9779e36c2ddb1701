using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>
/// The worker responsible writes a document of the case in its phase's order (see <see cref="CaseDocumentKind"/>).
/// Closing needs the assessment, plan, signed agreement and 6 sessions; the evaluation after closure credits the
/// case (CASEWORK, 50 h) to the worker then responsible, through the outbox.
/// </summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed class WriteCaseDocument : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请选择文书类型。")]
    public CaseDocumentKind? Kind { get; set; }

    [Required(ErrorMessage = "请填写日期。")]
    public DateOnly? Date { get; set; }

    [Required(ErrorMessage = "请填写内容。")]
    [StringLength(8000, ErrorMessage = "内容不能超过 8000 字。")]
    public string Content { get; set; } = "";

    /// <summary>Plan: actions and dates; closure: reason; evaluation: how far the goals were met.</summary>
    [StringLength(2000, ErrorMessage = "补充内容不能超过 2000 字。")]
    public string? Extra { get; set; }

    string IAudited.AuditAction => "填写个案文书";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{Kind} {Date:yyyy-MM-dd}";

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WriteCaseDocument, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WriteCaseDocument request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            var kind = request.Kind!.Value;
            if (kind is CaseDocumentKind.Closure or CaseDocumentKind.Evaluation && string.IsNullOrWhiteSpace(request.Extra))
            {
                throw new BusinessRuleException(kind == CaseDocumentKind.Closure ? "请填写结案原因。" : "请填写目标达成情况。", "extra");
            }

            var document = @case.Add(kind, request.Date!.Value, request.Content.Trim(), string.IsNullOrWhiteSpace(request.Extra) ? null : request.Extra.Trim(), LocalTime.Today(clock));
            if (kind == CaseDocumentKind.Closure)
            {
                CaseMessages.Timeline(db, @case, "个案结案", clock);
            }
            else if (kind == CaseDocumentKind.Evaluation)
            {
                db.EnqueueCredit(
                    CaseMessages.Source(@case),
                    new ServiceCredit(@case.StationId, @case.WorkerId, Indicators.Casework, 1, document.Date, [@case.ClientId], $"个案工作：{@case.ClientName}", CaseMessages.Link(@case)),
                    clock);
                CaseMessages.Timeline(db, @case, "个案评估完成", clock);
            }

            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
