using System.Security.Cryptography;
using Platform.Host.Data;
using Platform.Modularity.Data;

namespace Platform.Host.Cli.Backup;

/// <summary>
/// <c>restore --from DIR</c>: checks every file of the backup against its manifest first (a mismatch is refused,
/// naming the file, and nothing is written), then restores into the configured data folder, which must be empty
/// (and, on PostgreSQL, into a database without tables). The host then starts on it as on any data folder, applying
/// migrations when the backup is older than the platform. Like <c>backup</c>, it builds no web host.
/// </summary>
internal static class RestoreVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, string from, CancellationToken cancellationToken)
    {
        var database = DatabaseSettings.Resolve(configuration);
        var source = Path.GetFullPath(from);
        if (!Directory.Exists(source))
        {
            throw new Refusal($"备份目录 {source} 不存在，恢复未进行。");
        }

        var manifest = await BackupManifest.ReadAsync(source, cancellationToken);
        if (manifest.Provider != database.Provider)
        {
            throw new Refusal($"这份备份来自 {Name(manifest.Provider)}，而当前配置的数据库是 {Name(database.Provider)}，恢复未进行。");
        }

        var data = database.DataDirectory;
        if (Directory.Exists(data) && Directory.EnumerateFileSystemEntries(data).Any())
        {
            throw new Refusal($"数据目录 {data} 不是空的，恢复未进行：请配置一个不存在或空的数据目录。");
        }

        await VerifyAsync(source, manifest, cancellationToken);

        var postgres = database.Provider == DatabaseProvider.Postgres ? new PostgresDump(database.ConnectionString!) : null;
        if (postgres is not null)
        {
            await postgres.EnsureEmptyAsync(cancellationToken);
        }

        Directory.CreateDirectory(data);
        var dumps = manifest.Files.Where(f => f.Kind == BackupFileKind.PostgresSchema).ToList();
        try
        {
            if (postgres is not null)
            {
                await postgres.RestoreAsync(dumps.Select(d => Path.Combine(source, d.Path)), cancellationToken);
                await postgres.FreeOutboxLeasesAsync(cancellationToken);
            }

            foreach (var file in manifest.Files.Where(f => f.Kind != BackupFileKind.PostgresSchema))
            {
                var path = Path.Combine(source, file.Path);

                // Checked again as it is copied: a file changed since the check above is not restored either.
                var (_, sha256) = await BackupManifest.CopyAsync(path, Path.Combine(data, file.Path), cancellationToken);
                if (sha256 != file.Sha256)
                {
                    throw Mismatch(file);
                }

                if (file.Kind == BackupFileKind.SqliteDatabase)
                {
                    OutboxLeases.FreeInSqlite(Path.Combine(data, file.Path));
                }
            }
        }
        catch
        {
            // The folder (and the database) were empty: leave them so, never half a restore.
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            BackupVerb.Empty(data);
            if (postgres is not null)
            {
                await postgres.DropAsync(dumps.Select(d => PostgresDump.SchemaOf(d.Path)), CancellationToken.None);
            }

            throw;
        }

        Console.WriteLine($"已从 {source} 恢复到 {(postgres is null ? data : $"数据库 {postgres.DatabaseName} 及 {data}")}：{manifest.Files.Count} 个文件（备份于 {manifest.CreatedAt.ToOffset(TimeSpan.FromHours(8)):yyyy-MM-dd HH:mm:ss}，平台版本 {manifest.PlatformVersion}）。");
        return 0;
    }

    private static async Task VerifyAsync(string source, BackupManifest manifest, CancellationToken cancellationToken)
    {
        foreach (var file in manifest.Files)
        {
            var path = Path.Combine(source, file.Path);
            if (!File.Exists(path))
            {
                throw new Refusal($"备份文件 {file.Path} 缺失，恢复未进行，未写入任何数据。");
            }

            await using var stream = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 16, useAsync: true);
            var sha256 = Convert.ToHexStringLower(await SHA256.HashDataAsync(stream, cancellationToken));
            if (stream.Length != file.Bytes || sha256 != file.Sha256)
            {
                throw Mismatch(file);
            }
        }
    }

    private static string Name(DatabaseProvider provider) => provider == DatabaseProvider.Sqlite ? "SQLite" : "PostgreSQL";

    private static Refusal Mismatch(BackupFile file) =>
        new($"备份文件 {file.Path} 的校验值与清单不符（文件已损坏或被改动），恢复未进行，未写入任何数据。");
}
