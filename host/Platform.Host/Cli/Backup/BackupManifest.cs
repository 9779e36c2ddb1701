using System.Reflection;
using System.Security.Cryptography;
using System.Text.Json;
using System.Text.Json.Serialization;
using Platform.Modularity.Data;

namespace Platform.Host.Cli.Backup;

/// <summary>
/// <c>manifest.json</c> of a backup: which platform wrote it, when, on which database, and every file with its size
/// and SHA-256. It is written last, so a folder without it is an unfinished backup.
/// </summary>
internal sealed record BackupManifest(int Format, string PlatformVersion, DateTimeOffset CreatedAt, DatabaseProvider Provider, IReadOnlyList<BackupFile> Files)
{
    public const string FileName = "manifest.json";

    public const int CurrentFormat = 1;

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        WriteIndented = true,
        // Read by people too: paths and the version as they are, not as \u escapes.
        Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.CamelCase) },
    };

    public static string Version { get; } =
        typeof(BackupManifest).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "unknown";

    public async Task WriteAsync(string folder, CancellationToken cancellationToken)
    {
        await using var stream = File.Create(Path.Combine(folder, FileName));
        await JsonSerializer.SerializeAsync(stream, this, Json, cancellationToken);
    }

    public static async Task<BackupManifest> ReadAsync(string folder, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, FileName);
        if (!File.Exists(path))
        {
            throw new Refusal($"{folder} 中没有 {FileName}：这不是一份完整的备份。");
        }

        BackupManifest? manifest;
        try
        {
            await using var stream = File.OpenRead(path);
            manifest = await JsonSerializer.DeserializeAsync<BackupManifest>(stream, Json, cancellationToken);
        }
        catch (JsonException)
        {
            manifest = null;
        }

        if (manifest is null || manifest.Format != CurrentFormat || manifest.Files is null)
        {
            throw new Refusal($"{path} 无法识别（格式不符或已损坏），恢复未进行。");
        }

        foreach (var file in manifest.Files)
        {
            // A manifest names files inside the backup only: a path that climbs out of it is refused, never followed.
            if (string.IsNullOrEmpty(file.Path) || Path.IsPathRooted(file.Path) || file.Path.Split('/').Any(p => p is "" or "." or ".."))
            {
                throw new Refusal($"备份清单中的路径“{file.Path}”无效，恢复未进行。");
            }
        }

        return manifest;
    }

    /// <summary>Copies <paramref name="source"/> to <paramref name="destination"/> and returns the copy's size and SHA-256.</summary>
    public static async Task<(long Bytes, string Sha256)> CopyAsync(string source, string destination, CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(destination)!);
        await using var input = new FileStream(source, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete, 1 << 16, useAsync: true);
        await using var output = new FileStream(destination, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = new byte[1 << 16];
        long bytes = 0;
        int read;
        while ((read = await input.ReadAsync(buffer, cancellationToken)) > 0)
        {
            hash.AppendData(buffer, 0, read);
            await output.WriteAsync(buffer.AsMemory(0, read), cancellationToken);
            bytes += read;
        }

        await output.FlushAsync(cancellationToken);
        output.Flush(flushToDisk: true);
        return (bytes, Convert.ToHexStringLower(hash.GetHashAndReset()));
    }

    public static async Task<BackupFile> DescribeAsync(string folder, string relativePath, BackupFileKind kind, CancellationToken cancellationToken)
    {
        var path = Path.Combine(folder, relativePath);
        await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
        var sha = await SHA256.HashDataAsync(stream, cancellationToken);
        return new BackupFile(relativePath, kind, stream.Length, Convert.ToHexStringLower(sha));
    }
}

/// <summary>One file of a backup, by its path inside the backup folder (with <c>/</c>).</summary>
internal sealed record BackupFile(string Path, BackupFileKind Kind, long Bytes, string Sha256);

/// <summary>What a backup file is, and so where restore puts it.</summary>
internal enum BackupFileKind
{
    /// <summary>A module's SQLite file (or the scheduler's), restored into the data folder under its name.</summary>
    SqliteDatabase,
    /// <summary>One PostgreSQL schema in <c>pg_dump</c>'s custom format, restored with <c>pg_restore</c>.</summary>
    PostgresSchema,
    /// <summary>An uploaded file, restored under <c>files/</c> in the data folder.</summary>
    Upload,
}
