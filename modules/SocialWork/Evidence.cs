using Microsoft.AspNetCore.Http;
using Platform.Contracts;
using Platform.Modularity.Files;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork;

/// <summary>Files attached to records as evidence: checked and kept by the upload store, opened again by number.</summary>
internal static class Evidence
{
    /// <summary>
    /// Checks and keeps posted files as attachments of one kind, when there is <paramref name="room"/> for them (else
    /// refuses with <paramref name="tooMany"/>); the first bad file refuses them all, by name. Empty file inputs
    /// (nothing chosen) are skipped.
    /// </summary>
    public static async Task<List<Attachment>> StoreAsync(IUploadStore store, IEnumerable<IFormFile> files, AttachmentKind kind, int room, string tooMany, CancellationToken cancellationToken)
    {
        var posted = files.Where(f => f.Length > 0 || !string.IsNullOrEmpty(f.FileName)).ToList();
        if (posted.Count > room)
        {
            throw new BusinessRuleException(tooMany, "files");
        }

        var kept = new List<Attachment>();
        foreach (var file in posted)
        {
            await using var content = file.OpenReadStream();
            var upload = await store.SaveAsync("socialwork", kind == AttachmentKind.Photo ? UploadKind.Photo : UploadKind.Scan, content, file.FileName, cancellationToken);
            kept.Add(Attachment.Of(upload, kind));
        }

        return kept;
    }

    /// <summary>Attachment number <paramref name="number"/> (from 1, in the order kept): its phone-sized copy or the original.</summary>
    public static async Task<OpenedUpload> OpenAsync(IUploadStore store, IEnumerable<Attachment>? attachments, int number, bool original, CancellationToken cancellationToken)
    {
        var attachment = attachments?.OrderBy(a => a.Id).ElementAtOrDefault(number - 1)
            ?? throw new NotFoundException("找不到这个文件，或您无权查看。");
        return await store.OpenAsync(original ? attachment.Key : attachment.ViewKey, cancellationToken)
            ?? throw new NotFoundException("文件已不在存储中。");
    }
}
