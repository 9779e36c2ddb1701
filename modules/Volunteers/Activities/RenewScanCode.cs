using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>A new QR code for the activity (a photo of the old one went round): every earlier code stops working.</summary>
[Requires(VolunteerPermissions.Record, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed record RenewScanCode(string Id) : IRequest, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "更换志愿服务签到码";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(VolunteersDb db) : IRequestHandler<RenewScanCode, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(RenewScanCode request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.FirstOrDefaultAsync(a => a.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            activity.EnsureOpen();
            activity.RenewCode();
            await db.SaveChangesAsync(cancellationToken);
            return MediatR.Unit.Value;
        }
    }
}
