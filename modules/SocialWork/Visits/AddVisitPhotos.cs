using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>
/// The worker who recorded a visit adds photos to it afterwards (taken on the visit, sent when back on Wi-Fi). The
/// visit is checked first, so nothing is kept for a caller who may not add to it.
/// </summary>
[Requires(SocialWorkPermissions.Record, Owner = Ownership.Worker, Record = typeof(Visit))]
internal sealed record AddVisitPhotos(string Id, IReadOnlyList<IFormFile> Files) : IRequest<int>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "添加探访照片";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", Files.Select(f => f.FileName));

    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<AddVisitPhotos, int>
    {
        public async Task<int> Handle(AddVisitPhotos request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条探访记录，或您无权查看。");
            if (request.Files.Count == 0)
            {
                throw new BusinessRuleException("请选择照片。", "photos");
            }

            visit.AddPhotos(await Evidence.StoreAsync(store, request.Files, AttachmentKind.Photo, Visit.MostPhotos - visit.Photos.Count, Visit.TooManyPhotos(visit.Photos.Count), cancellationToken));
            await db.SaveChangesAsync(cancellationToken);
            return visit.Photos.Count;
        }
    }
}
