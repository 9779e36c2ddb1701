using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>One file of an activity the caller may see (numbered from 1): the copy for phones, or the original.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetActivityFile(string Id, int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetActivityFile, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetActivityFile request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken);
            return await Evidence.OpenAsync(store, activity?.Attachments, request.Number, request.Original, cancellationToken);
        }
    }
}
