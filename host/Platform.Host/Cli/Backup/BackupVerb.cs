using System.Diagnostics;
using Platform.Host.Data;
using Platform.Modularity.Data;

namespace Platform.Host.Cli.Backup;

/// <summary>
/// <c>backup --to DIR</c>: an online copy of every module's database (SQLite files, or one dump per PostgreSQL
/// schema) and the uploads, with <c>manifest.json</c>, while hosts go on serving. It builds no web host: no web port,
/// no migrations, no jobs and no outbox delivery in this process, which only reads.
/// </summary>
internal static class BackupVerb
{
    public static async Task<int> RunAsync(IConfiguration configuration, string to, CancellationToken cancellationToken)
    {
        var database = DatabaseSettings.Resolve(configuration);
        var target = Path.GetFullPath(to);
        if (database.Provider == DatabaseProvider.Sqlite && !Directory.Exists(database.DataDirectory))
        {
            throw new Refusal($"数据目录 {database.DataDirectory} 不存在，无可备份。");
        }

        if (Directory.Exists(target) && Directory.EnumerateFileSystemEntries(target).Any())
        {
            throw new Refusal($"备份目录 {target} 不是空的，备份未进行：请指定一个不存在或空的目录。");
        }

        if (IsInside(target, database.DataDirectory))
        {
            throw new Refusal($"备份目录 {target} 位于数据目录 {database.DataDirectory} 之内，备份未进行：请把备份放在数据目录之外。");
        }

        var started = Stopwatch.GetTimestamp();
        var createdAt = DateTimeOffset.UtcNow;
        Directory.CreateDirectory(target);
        try
        {
            var files = database.Provider == DatabaseProvider.Sqlite
                ? await CopySqliteAsync(database.DataDirectory, target, cancellationToken)
                : await DumpPostgresAsync(database.ConnectionString!, target, cancellationToken);
            files.AddRange(await UploadsFolder.CopyAsync(database.DataDirectory, target, cancellationToken));
            await new BackupManifest(BackupManifest.CurrentFormat, BackupManifest.Version, createdAt, database.Provider, files).WriteAsync(target, cancellationToken);
            var megabytes = files.Sum(f => f.Bytes) / 1024.0 / 1024.0;
            Console.WriteLine($"已备份到 {target}：{files.Count} 个文件，{megabytes:0.0} MB，用时 {Stopwatch.GetElapsedTime(started).TotalSeconds:0.0} 秒。");
            return 0;
        }
        catch
        {
            // The target was empty: leave it so, rather than a backup that looks whole and is not.
            Empty(target);
            throw;
        }
    }

    private static async Task<List<BackupFile>> CopySqliteAsync(string dataDirectory, string target, CancellationToken cancellationToken)
    {
        var databases = Directory.GetFiles(dataDirectory, "*.db").Order(StringComparer.Ordinal).ToList();
        if (databases.Count == 0)
        {
            throw new Refusal($"数据目录 {dataDirectory} 中没有数据库文件，无可备份。");
        }

        var files = new List<BackupFile>();
        using (var snapshot = SqliteSnapshot.Take(databases))
        {
            foreach (var name in snapshot.Names)
            {
                snapshot.CopyTo(name, Path.Combine(target, name));
            }
        }

        foreach (var name in databases.Select(Path.GetFileName))
        {
            files.Add(await BackupManifest.DescribeAsync(target, name!, BackupFileKind.SqliteDatabase, cancellationToken));
        }

        return files;
    }

    private static async Task<List<BackupFile>> DumpPostgresAsync(string connectionString, string target, CancellationToken cancellationToken)
    {
        var files = new List<BackupFile>();
        foreach (var path in await new PostgresDump(connectionString).DumpAsync(target, cancellationToken))
        {
            files.Add(await BackupManifest.DescribeAsync(target, path, BackupFileKind.PostgresSchema, cancellationToken));
        }

        return files;
    }

    internal static bool IsInside(string path, string folder)
    {
        var relative = Path.GetRelativePath(folder, path);
        return relative == "." || (!relative.StartsWith("..", StringComparison.Ordinal) && !Path.IsPathRooted(relative));
    }

    internal static void Empty(string folder)
    {
        foreach (var directory in Directory.EnumerateDirectories(folder))
        {
            Directory.Delete(directory, recursive: true);
        }

        foreach (var file in Directory.EnumerateFiles(folder))
        {
            File.Delete(file);
        }
    }
}
