using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Http;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity.Files;
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
            if (user.StationId is not { } station || user.UserId is not { } workerId)
            {
                throw new ForbiddenException("只有驻站社工可以接案。");
            }

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

/// <summary>The worker responsible uploads the signed service agreement (scan or photo).</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed record AttachSignedAgreement(string Id, IReadOnlyList<IFormFile> Files) : IRequest<int>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "上传服务协议签字件";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", Files.Select(f => f.FileName));

    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<AttachSignedAgreement, int>
    {
        public async Task<int> Handle(AttachSignedAgreement request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            var copies = await Evidence.StoreAsync(store, request.Files, AttachmentKind.Signed, 5, "一次最多上传 5 个文件。", cancellationToken);
            if (copies.Count == 0)
            {
                throw new BusinessRuleException("请选择协议签字件。", "files");
            }

            @case.AttachSignedCopies(copies);
            await db.SaveChangesAsync(cancellationToken);
            return @case.Attachments.Count;
        }
    }
}

/// <summary>The worker responsible, or the lead, hands a case to a colleague of the same station.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed class TransferCase : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请选择接手的社工。")]
    public string WorkerId { get; set; } = "";

    [Required(ErrorMessage = "请说明转介原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "个案转由他人负责";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{WorkerId}：{Reason}";

    internal sealed class Handler(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<TransferCase, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(TransferCase request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            var colleagues = await mediator.Send(new GetStationWorkers(@case.StationId), cancellationToken);
            if (!colleagues.Any(w => w.Id == request.WorkerId && w.IsActive))
            {
                throw new BusinessRuleException("接手的社工须是本站点在职的社工。", "workerId");
            }

            @case.TransferTo(request.WorkerId, request.Reason.Trim(), clock.GetUtcNow().UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>The worker responsible, or the lead, withdraws a case entered in error; its credit and timeline entry are taken back.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
public sealed class WithdrawCase : IRequest<MediatR.Unit>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请说明撤回的原因。")]
    [StringLength(200, ErrorMessage = "原因不能超过 200 字。")]
    public string Reason { get; set; } = "";

    string IAudited.AuditAction => "撤回个案";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Reason;

    internal sealed class Handler(SocialWorkDb db, TimeProvider clock) : IRequestHandler<WithdrawCase, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(WithdrawCase request, CancellationToken cancellationToken)
        {
            var @case = await Records.ForChangeAsync(db.Cases, request.Id, "个案", cancellationToken);
            @case.Withdraw(request.Reason.Trim());
            db.EnqueueWithdrawal(CaseMessages.Source(@case), credited: @case.IsEvaluated, "个案已撤回：" + @case.WithdrawReason, clock);
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}

/// <summary>How a case names itself to the ledger and the registry; its timeline entry moves with its phase.</summary>
internal static class CaseMessages
{
    public const string Module = "socialwork";

    public static RecordSource Source(Case @case) => new(Module, "case", @case.Id);

    public static string Link(Case @case) => $"/socialwork/cases/details/{@case.Id}";

    /// <summary>
    /// One entry a case on the client's timeline (the same source replaces it), showing the latest phase. Each phase
    /// sends it again, so its message is keyed by the phase: under the kit's one timeline key per client, the second
    /// phase's would be refused as the first's duplicate.
    /// </summary>
    public static void Timeline(SocialWorkDb db, Case @case, string title, TimeProvider clock)
    {
        var source = Source(@case);
        db.EnqueueAbout(source, $"timeline:{title}", new RecordTimelineEntry(source.Module, source.SourceId, @case.ClientId, clock.GetUtcNow(), title, Excerpt(@case.Intake), Link(@case)), clock);
    }

    private static string Excerpt(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
