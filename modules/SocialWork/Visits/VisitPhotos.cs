using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>Photos of a visit: checked and kept by the upload store before the visit that names them is saved.</summary>
public static class VisitPhotos
{
    /// <summary>Checks and keeps the posted photos of a visit that has <paramref name="already"/>; the first bad one refuses them all, by name.</summary>
    public static async Task<List<StoredUpload>> StoreAsync(IUploadStore store, IEnumerable<IFormFile> files, int already, CancellationToken cancellationToken)
    {
        var posted = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (already + posted.Count > Visit.MostPhotos)
        {
            throw new BusinessRuleException($"一次探访最多保存 {Visit.MostPhotos} 张照片（已有 {already} 张）。", "photos");
        }

        var stored = new List<StoredUpload>();
        foreach (var file in posted)
        {
            await using var content = file.OpenReadStream();
            stored.Add(await store.SaveAsync(VisitMessages.Module, UploadKind.Photo, content, file.FileName, cancellationToken));
        }

        return stored;
    }
}

/// <summary>
/// The worker who recorded a visit adds photos to it afterwards (taken on the visit, sent when back on Wi-Fi). The
/// visit is checked first, so nothing is kept for a caller who may not add to it.
/// </summary>
public sealed record AddVisitPhotos(string Id, IReadOnlyList<IFormFile> Files) : IRequest<int>, IAudited
{
    string IAudited.AuditAction => "添加探访照片";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", Files.Select(f => f.FileName));

    internal sealed class Handler(SocialWorkDb db, IUploadStore store, ICurrentUser user) : IRequestHandler<AddVisitPhotos, int>
    {
        public async Task<int> Handle(AddVisitPhotos request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这条探访记录，或您无权查看。");
            if (visit.WorkerId != user.UserId)
            {
                throw new ForbiddenException("只有登记人可以为探访添加照片。");
            }

            if (request.Files.Count == 0)
            {
                throw new BusinessRuleException("请选择照片。", "photos");
            }

            visit.AddPhotos([.. await VisitPhotos.StoreAsync(store, request.Files, visit.Photos.Count, cancellationToken)]);
            await db.SaveChangesAsync(cancellationToken);
            return visit.Photos.Count;
        }
    }
}

/// <summary>One photo of a visit the caller may see (numbered from 1): the copy for phones, or the original.</summary>
public sealed record GetVisitPhoto(string Id, [property: Range(1, Visit.MostPhotos)] int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetVisitPhoto, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetVisitPhoto request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken);
            var photo = visit?.Photos.OrderBy(p => p.Id).ElementAtOrDefault(request.Number - 1)
                ?? throw new NotFoundException("找不到这张照片，或您无权查看。");
            return await store.OpenAsync(request.Original ? photo.Key : photo.ViewKey, cancellationToken)
                ?? throw new NotFoundException("照片文件已不在存储中。");
        }
    }
}
