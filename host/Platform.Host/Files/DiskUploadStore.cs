using System.Text.RegularExpressions;
using Platform.Contracts;
using Platform.Modularity.Data;
using Platform.Modularity.Files;
using SkiaSharp;

namespace Platform.Host.Files;

/// <summary>
/// Uploads under <c>{data folder}/files/{module}/{yyyy}/{MM}/</c>, named by a random id. The type is read from the
/// content (SkiaSharp decodes images; a PDF is known by its header), never from the file name. Every image gets a JPEG
/// copy of at most <see cref="UploadLimits.ViewEdge"/> pixels, turned upright and encoded by the platform: the only
/// bytes shown in a browser; originals and PDFs are opened as downloads.
/// Files are written to a temporary name and moved into place, so a crash leaves no half file under a key.
/// </summary>
internal sealed partial class DiskUploadStore(DatabaseOptions database, TimeProvider clock) : IUploadStore
{
    private static readonly Dictionary<string, string> ContentTypes = new()
    {
        [".jpg"] = "image/jpeg", [".png"] = "image/png", [".webp"] = "image/webp", [".pdf"] = "application/pdf",
    };

    private static readonly SemaphoreSlim Decoding = new(2);

    private string Root => Path.Combine(database.DataDirectory, "files");

    public async Task<StoredUpload> SaveAsync(string module, UploadKind kind, Stream content, string fileName, CancellationToken cancellationToken)
    {
        var name = Path.GetFileName(string.IsNullOrWhiteSpace(fileName) ? "上传文件" : fileName.Trim());
        var limit = kind == UploadKind.Photo ? UploadLimits.PhotoBytes : UploadLimits.ScanBytes;
        var bytes = await ReadUpToAsync(content, limit, cancellationToken)
            ?? throw new BusinessRuleException($"“{name}”超过 {limit / 1024 / 1024} MB，请压缩后再上传。", "files");
        if (bytes.Length == 0)
        {
            throw new BusinessRuleException($"“{name}”是空文件。", "files");
        }

        var now = clock.GetUtcNow();
        var stem = $"{module}/{now:yyyy}/{now:MM}/{Guid.NewGuid():N}";
        if (kind == UploadKind.Scan && bytes.AsSpan().StartsWith("%PDF-"u8))
        {
            await WriteAsync(stem + ".pdf", bytes, cancellationToken);
            return new StoredUpload(stem + ".pdf", stem + ".pdf", name, ContentTypes[".pdf"], bytes.Length);
        }

        using var codec = SKCodec.Create(new SKMemoryStream(bytes));
        var extension = codec?.EncodedFormat switch
        {
            SKEncodedImageFormat.Jpeg => ".jpg",
            SKEncodedImageFormat.Png => ".png",
            SKEncodedImageFormat.Webp => ".webp",
            _ => null,
        };
        if (codec is null || extension is null)
        {
            throw new BusinessRuleException(
                kind == UploadKind.Photo ? $"“{name}”不是可识别的照片：请上传 JPG、PNG 或 WEBP 图片。" : $"“{name}”不是图片或 PDF：请上传扫描件的照片或 PDF。",
                "files");
        }

        if ((long)codec.Info.Width * codec.Info.Height > UploadLimits.MostPixels)
        {
            throw new BusinessRuleException($"“{name}”的像素过多（{codec.Info.Width}×{codec.Info.Height}），请缩小后再上传。", "files");
        }

        // A bomb is known from its header: millions of pixels in a few kilobytes. A real photo or scan, even a screenshot
        // of a white page, takes more than one byte per hundred pixels.
        var pixels = (long)codec.Info.Width * codec.Info.Height;
        if (pixels > UploadLimits.FreePixels && pixels > bytes.LongLength * UploadLimits.MostPixelsPerByte)
        {
            throw new BusinessRuleException($"“{name}”的像素（{codec.Info.Width}×{codec.Info.Height}）与文件大小不相称，不像拍摄或扫描的图片，请重新导出后上传。", "files");
        }

        var view = await ViewAsync(codec, cancellationToken);
        var key = stem + extension;
        await WriteAsync(key, bytes, cancellationToken);
        await WriteAsync(stem + "-view.jpg", view, cancellationToken);
        return new StoredUpload(key, stem + "-view.jpg", name, ContentTypes[extension], bytes.Length);
    }

    public Task<OpenedUpload?> OpenAsync(string key, CancellationToken cancellationToken)
    {
        if (!KeyPattern().IsMatch(key) || !File.Exists(Path.Combine(Root, key)))
        {
            return Task.FromResult<OpenedUpload?>(null);
        }

        Stream stream = new FileStream(Path.Combine(Root, key), FileMode.Open, FileAccess.Read, FileShare.Read, 64 * 1024, useAsync: true);
        var extension = Path.GetExtension(key);
        var reencoded = key.EndsWith("-view.jpg", StringComparison.Ordinal);
        return Task.FromResult<OpenedUpload?>(new OpenedUpload(stream, ContentTypes[extension], (reencoded ? "照片" : "原件") + extension, Inline: reencoded));
    }

    /// <summary>
    /// The copy a page shows: decoded and encoded again by the platform (so nothing appended to the image — a page, a
    /// script — survives into what a browser opens), upright, and at most <see cref="UploadLimits.ViewEdge"/> pixels.
    /// Decoding is the costly step: at most two run at once, whatever the number of uploads.
    /// </summary>
    private static async Task<byte[]> ViewAsync(SKCodec codec, CancellationToken cancellationToken)
    {
        await Decoding.WaitAsync(cancellationToken);
        try
        {
            return View(codec);
        }
        finally
        {
            Decoding.Release();
        }
    }

    private static byte[] View(SKCodec codec)
    {
        var origin = codec.EncodedOrigin;
        var (width, height) = (codec.Info.Width, codec.Info.Height);
        using var bitmap = SKBitmap.Decode(codec);
        using var decoded = SKImage.FromBitmap(bitmap);
        var scale = Math.Min(1.0, (double)UploadLimits.ViewEdge / Math.Max(width, height));
        var (w, h) = ((float)Math.Round(width * scale), (float)Math.Round(height * scale));
        var turned = origin is SKEncodedOrigin.RightTop or SKEncodedOrigin.LeftBottom;
        using var upright = new SKBitmap((int)(turned ? h : w), (int)(turned ? w : h));
        using (var canvas = new SKCanvas(upright))
        {
            var degrees = origin switch { SKEncodedOrigin.RightTop => 90, SKEncodedOrigin.BottomRight => 180, SKEncodedOrigin.LeftBottom => 270, _ => 0 };
            canvas.Translate(upright.Width / 2f, upright.Height / 2f);
            canvas.RotateDegrees(degrees);
            canvas.DrawImage(decoded, new SKRect(-w / 2, -h / 2, w / 2, h / 2), new SKSamplingOptions(SKFilterMode.Linear, SKMipmapMode.Linear));
        }

        using var image = SKImage.FromBitmap(upright);
        using var data = image.Encode(SKEncodedImageFormat.Jpeg, 80);
        return data.ToArray();
    }

    private async Task WriteAsync(string key, byte[] bytes, CancellationToken cancellationToken)
    {
        var path = Path.Combine(Root, key);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        var temporary = path + ".part";
        await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
        {
            await file.WriteAsync(bytes, cancellationToken);
            await file.FlushAsync(cancellationToken);
            file.Flush(flushToDisk: true);
        }

        File.Move(temporary, path);
    }

    /// <summary>The content, or null when it is longer than <paramref name="limit"/> (read no further than that).</summary>
    private static async Task<byte[]?> ReadUpToAsync(Stream content, long limit, CancellationToken cancellationToken)
    {
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = await content.ReadAsync(chunk, cancellationToken)) > 0)
        {
            if (buffer.Length + read > limit)
            {
                return null;
            }

            buffer.Write(chunk, 0, read);
        }

        return buffer.ToArray();
    }

    [GeneratedRegex(@"^[a-z0-9-]+/\d{4}/\d{2}/[0-9a-f]{32}(-view\.jpg|\.jpg|\.png|\.webp|\.pdf)$")]
    private static partial Regex KeyPattern();
}
