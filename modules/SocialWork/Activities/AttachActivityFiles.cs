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

namespace Platform.Modules.SocialWork.Activities;

/// <summary>The worker responsible adds evidence to an activity: sign-in sheets (photo or PDF) and photos.</summary>
[Requires(SocialWorkPermissions.Manage, Owner = Ownership.WorkerOrLead, Record = typeof(Activity))]
internal sealed record AttachActivityFiles(string Id, IReadOnlyList<IFormFile> SignIn, IReadOnlyList<IFormFile> Photos) : IRequest<int>, IAudited, IAboutRecord
{
    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "上传社区活动材料";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => string.Join("、", SignIn.Concat(Photos).Select(f => f.FileName));

    internal sealed class Handler(SocialWorkDb db, IUploadStore store) : IRequestHandler<AttachActivityFiles, int>
    {
        public async Task<int> Handle(AttachActivityFiles request, CancellationToken cancellationToken)
        {
            var activity = await ActivityAccess.ForChangeAsync(db, request.Id, cancellationToken);
            activity.EnsureOpen();
            var room = Activity.MostAttachments - activity.Attachments.Count;
            var tooMany = $"一个活动最多保存 {Activity.MostAttachments} 个文件（已有 {activity.Attachments.Count} 个）。";
            var signIn = await Evidence.StoreAsync(store, request.SignIn, AttachmentKind.SignIn, room, tooMany, cancellationToken);
            var photos = await Evidence.StoreAsync(store, request.Photos, AttachmentKind.Photo, room - signIn.Count, tooMany, cancellationToken);
            if (signIn.Count + photos.Count == 0)
            {
                throw new BusinessRuleException("请选择签到表或活动照片。", "files");
            }

            activity.Attach([.. signIn, .. photos]);
            await db.SaveChangesAsync(cancellationToken);
            return activity.Attachments.Count;
        }
    }
}
