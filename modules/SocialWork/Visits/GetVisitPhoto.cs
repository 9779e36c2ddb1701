using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Visits;

/// <summary>One photo of a visit the caller may see (numbered from 1): the copy for phones, or the original.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetVisitPhoto(string Id, [property: Range(1, Visit.MostPhotos)] int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetVisitPhoto, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetVisitPhoto request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken);
            return await Evidence.OpenAsync(store, visit?.Photos, request.Number, request.Original, cancellationToken);
        }
    }
}
