using MediatR;
using Microsoft.AspNetCore.Http;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>The worker responsible uploads the signed service agreement (scan or photo).</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Case))]
internal sealed record AttachSignedAgreement(string Id, IReadOnlyList<IFormFile> Files) : IRequest<int>, IAudited, IAboutRecord
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
