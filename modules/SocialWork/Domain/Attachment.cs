using Platform.Modularity.Files;

namespace Platform.Modules.SocialWork.Domain;

/// <summary>What an attachment is evidence of.</summary>
public enum AttachmentKind
{
    /// <summary>A photo taken at the visit or activity.</summary>
    Photo,

    /// <summary>A sign-in sheet (签到表), photographed or scanned.</summary>
    SignIn,

    /// <summary>A signed document (服务协议签字件), photographed or scanned.</summary>
    Signed,
}

/// <summary>A file kept by the upload store and attached to a record as evidence.</summary>
internal sealed class Attachment
{
    public long Id { get; private set; }

    public AttachmentKind Kind { get; init; }

    public string Key { get; init; } = "";

    public string ViewKey { get; init; } = "";

    public string FileName { get; init; } = "";

    public string ContentType { get; init; } = "";

    public long Length { get; init; }

    public static Attachment Of(StoredUpload upload, AttachmentKind kind) => new()
    {
        Kind = kind,
        Key = upload.Key,
        ViewKey = upload.ViewKey,
        FileName = upload.FileName,
        ContentType = upload.ContentType,
        Length = upload.Length,
    };
}
