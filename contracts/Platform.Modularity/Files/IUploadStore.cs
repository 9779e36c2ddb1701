namespace Platform.Modularity.Files;

/// <summary>What an upload may be.</summary>
public enum UploadKind
{
    /// <summary>A photo (JPG, PNG or WEBP), at most <see cref="UploadLimits.PhotoBytes"/>; a copy sized for phones is kept beside it.</summary>
    Photo,

    /// <summary>A scan of a signed paper (a photo of it, or a PDF), at most <see cref="UploadLimits.ScanBytes"/>.</summary>
    Scan,
}

/// <summary>The limits every upload is checked against.</summary>
public static class UploadLimits
{
    /// <summary>The largest photo: 10 MB.</summary>
    public const long PhotoBytes = 10 * 1024 * 1024;

    /// <summary>The largest scan: 20 MB.</summary>
    public const long ScanBytes = 20 * 1024 * 1024;

    /// <summary>The longest edge, in pixels, of the copy a phone is shown.</summary>
    public const int ViewEdge = 1280;

    /// <summary>The most pixels an image may decode to (a defence against crafted files).</summary>
    public const long MostPixels = 60_000_000;

    /// <summary>Up to this many pixels (a 4000×3000 photo) the file's size is not compared with them.</summary>
    public const long FreePixels = 12_000_000;

    /// <summary>Above <see cref="FreePixels"/>, the most pixels per byte of file: more is a decompression bomb.</summary>
    public const long MostPixelsPerByte = 100;
}

/// <summary>
/// A file kept for a module: <see cref="Key"/> opens the original, <see cref="ViewKey"/> the re-encoded copy sized for
/// a phone (a PDF's is the PDF itself).
/// </summary>
public sealed record StoredUpload(string Key, string ViewKey, string FileName, string ContentType, long Length);

/// <summary>
/// Where uploads live: checked (size, type — by content, not by name), stored and opened again. The host keeps them
/// under the data folder; a server deployment may register another store. A file that fails a check is refused
/// with a <see cref="Platform.Contracts.BusinessRuleException"/> naming it, and nothing is kept.
/// </summary>
public interface IUploadStore
{
    /// <summary>Checks and keeps one file for a module.</summary>
    Task<StoredUpload> SaveAsync(string module, UploadKind kind, Stream content, string fileName, CancellationToken cancellationToken);

    /// <summary>Opens a kept file, or null when there is none under that key.</summary>
    Task<OpenedUpload?> OpenAsync(string key, CancellationToken cancellationToken);
}

/// <summary>
/// A kept file, opened for reading. Only the platform's own re-encoded copy of a photo is shown in place
/// (<see cref="Inline"/>); an original or a PDF is always a download named <see cref="DownloadName"/>, so bytes a
/// user sent are never opened by a browser as a page (with <c>nosniff</c>, which every answer carries).
/// </summary>
public sealed record OpenedUpload(Stream Content, string ContentType, string DownloadName, bool Inline)
{
    /// <summary>The API's answer: in place for a re-encoded copy, a download otherwise.</summary>
    public Microsoft.AspNetCore.Http.IResult ToResult() => Inline
        ? Microsoft.AspNetCore.Http.Results.Stream(Content, ContentType)
        : Microsoft.AspNetCore.Http.Results.Stream(Content, ContentType, DownloadName);

    /// <summary>A page handler's answer, the same way.</summary>
    public Microsoft.AspNetCore.Mvc.FileStreamResult ToActionResult() =>
        new(Content, ContentType) { FileDownloadName = Inline ? null : DownloadName };
}
