using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Elderly.Data;

namespace Platform.Modules.Elderly.Elders;

/// <summary>A photo of an elder's visit the caller may see (numbered from 1): the copy for phones, or the original.</summary>
[Requires(ElderlyPermissions.View)]
internal sealed record GetElderVisitPhoto(string VisitId, int Number, bool Original = false) : IRequest<Platform.Modularity.Files.OpenedUpload>
{
    internal sealed class Handler(ElderlyDb db, Platform.Modularity.Files.IUploadStore store) : IRequestHandler<GetElderVisitPhoto, Platform.Modularity.Files.OpenedUpload>
    {
        public async Task<Platform.Modularity.Files.OpenedUpload> Handle(GetElderVisitPhoto request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VisitId, cancellationToken);
            var photo = visit is null || request.Number < 1 || request.Number > visit.Photos.Count ? null : visit.Photos[request.Number - 1];
            if (photo is null)
            {
                throw new NotFoundException("找不到这张照片，或您无权查看。");
            }

            return await store.OpenAsync(request.Original ? photo.Key : photo.ViewKey, cancellationToken) ?? throw new NotFoundException("照片文件已不存在。");
        }
    }
}
