using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Compliance;

/// <summary>Opens a training record's certificate, for whoever may see the record.</summary>
[Requires(StaffPermissions.ViewCompliance)]
internal sealed record GetTrainingCertificate(string TrainingId, bool Original = false) : IRequest<Platform.Modularity.Files.OpenedUpload>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user, Platform.Modularity.Files.IUploadStore store) : IRequestHandler<GetTrainingCertificate, Platform.Modularity.Files.OpenedUpload>
    {
        public async Task<Platform.Modularity.Files.OpenedUpload> Handle(GetTrainingCertificate request, CancellationToken cancellationToken)
        {
            var training = await db.TrainingRecords.AsNoTracking().FirstOrDefaultAsync(t => t.Id == request.TrainingId, cancellationToken);
            if (training is null || (!user.SeesAllStations() && training.WorkerId != user.UserId) || training.CertificateKey is null)
            {
                throw new NotFoundException("找不到这份培训证书。");
            }

            return await store.OpenAsync(request.Original ? training.CertificateKey : training.CertificateViewKey!, cancellationToken)
                ?? throw new NotFoundException("证书文件已不存在。");
        }
    }
}
