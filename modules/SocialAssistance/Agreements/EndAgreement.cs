using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Files;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// Ends a care agreement early (the carer moved away, fell ill, the person entered a care home…), with the last day in
/// force and a reason; any worker of the station may (the station's agreement). Changed since read (<see cref="Version"/>):
/// 409. The end goes on the client's timeline.
/// </summary>
[Requires(SocialAssistancePermissions.Record, Owner = Ownership.Any, Record = typeof(CareAgreement))]
public sealed class EndAgreement : IRequest, IAudited, IAboutRecord
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    [Required(ErrorMessage = "请填写协议终止日期（最后一天有效）。")]
    public DateOnly? EndedOn { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请用 200 字以内说明提前终止的原因。")]
    [StringLength(200, ErrorMessage = "请用 200 字以内说明提前终止的原因。")]
    public string Reason { get; set; } = "";

    /// <summary>The version the page or app read; an agreement changed since is refused (409).</summary>
    public int? Version { get; set; }

    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "提前终止照料协议";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => $"{EndedOn:yyyy-MM-dd} {Reason}";

    internal sealed class Handler(SocialAssistanceDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<EndAgreement, Unit>
    {
        public async Task<Unit> Handle(EndAgreement request, CancellationToken cancellationToken)
        {
            var agreement = await AgreementRecords.ForChangeAsync(db, request.Id, request.Version, cancellationToken);
            var on = request.EndedOn!.Value;
            if (on > LocalTime.Today(clock) && on > agreement.StartOn)
            {
                throw new BusinessRuleException("终止日期不能晚于今天。", "endedOn");
            }

            agreement.EndEarly(on, request.Reason.Trim(), user.UserId!);
            db.EnqueueTimeline(SocialAssistanceMessages.AgreementEnd(agreement.Id), [agreement.ClientId], LocalTime.Of(clock.GetUtcNow()), "照料协议提前终止",
                $"照料人{agreement.CarerName}，{on:yyyy-MM-dd} 起终止：{agreement.EndReason}", SocialAssistanceMessages.Link(agreement.ClientId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Attaches (or replaces) the signed scan of an agreement: a photo or a PDF within the upload limits. Changed since read: 409.</summary>
[Requires(SocialAssistancePermissions.Record, Owner = Ownership.Any, Record = typeof(CareAgreement))]
internal sealed record AttachAgreementScan(string Id, IFormFile? Scan, int? Version = null) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "上传照料协议签字件";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Scan?.FileName;

    internal sealed class Handler(SocialAssistanceDb db, IUploadStore store) : IRequestHandler<AttachAgreementScan, Unit>
    {
        public async Task<Unit> Handle(AttachAgreementScan request, CancellationToken cancellationToken)
        {
            var agreement = await AgreementRecords.ForChangeAsync(db, request.Id, request.Version, cancellationToken);
            if (request.Scan is not { Length: > 0 } scan)
            {
                throw new BusinessRuleException("请选择协议签字件（照片或 PDF）。", "scan");
            }

            agreement.AttachScan(await AgreementScans.StoreAsync(store, scan, cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>The signed scan of an agreement: the phone-sized copy, or the original as a download.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record GetAgreementScan(string Id, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialAssistanceDb db, IUploadStore store) : IRequestHandler<GetAgreementScan, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetAgreementScan request, CancellationToken cancellationToken)
        {
            var agreement = await db.CareAgreements.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken);
            var key = request.Original ? agreement?.ScanKey : agreement?.ScanViewKey;
            if (key is null)
            {
                throw new NotFoundException("找不到这份协议的签字件，或您无权查看。");
            }

            return await store.OpenAsync(key, cancellationToken) ?? throw new NotFoundException("文件已不在存储中。");
        }
    }
}

internal static class AgreementRecords
{
    /// <summary>The agreement to change, as the caller may see it; one changed since <paramref name="read"/> is a 409.</summary>
    public static async Task<CareAgreement> ForChangeAsync(SocialAssistanceDb db, string id, int? read, CancellationToken cancellationToken)
    {
        var agreement = await db.CareAgreements.FirstOrDefaultAsync(a => a.Id == id, cancellationToken)
            ?? throw new NotFoundException("找不到这份照料协议，或您无权查看。");
        if (read is { } version && version != (int)db.Entry(agreement).Property(ModuleModel.VersionProperty).CurrentValue!)
        {
            throw new ConflictException("刚才有人同时保存了同一条记录（这份协议已被他人修改），请刷新后查看最新内容再操作。", "version");
        }

        return agreement;
    }
}
