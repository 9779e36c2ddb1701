using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>A signed copy of a case's agreement (numbered from 1).</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetCaseFile(string Id, int Number, bool Original = false) : IRequest<OpenedUpload>
{
    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<GetCaseFile, OpenedUpload>
    {
        public async Task<OpenedUpload> Handle(GetCaseFile request, CancellationToken cancellationToken)
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken);
            return await Evidence.OpenAsync(store, @case?.Attachments, request.Number, request.Original, cancellationToken);
        }
    }
}
