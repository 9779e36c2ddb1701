using Microsoft.Data.Sqlite;

namespace Platform.Host.Cli.Backup;

/// <summary>
/// Copies every SQLite file of the data folder (each module's, the scheduler's, and those of modules now disabled)
/// with SQLite's online backup API, as one consistent cut while a host keeps writing. A visit is written in the social
/// work file and its credit, later, in the ledger's: copied one after the other, the ledger's copy could hold a credit
/// whose visit the other copy lacks, or the visit's outbox message could be marked delivered where its credit is
/// missing. So the write lock of every file is taken at once (writers wait a few milliseconds), a read transaction is
/// opened on each — all at the same instant of the data — and the locks are let go; each file is then copied from its
/// read transaction, which in WAL mode holds its snapshot without blocking the host's writers.
/// </summary>
internal sealed class SqliteSnapshot : IDisposable
{
    private static readonly TimeSpan LockWait = TimeSpan.FromSeconds(5);

    private readonly List<(string Name, SqliteConnection Connection, SqliteTransaction Transaction)> _readers = [];

    private SqliteSnapshot()
    {
    }

    public IEnumerable<string> Names => _readers.Select(r => r.Name);

    /// <summary>The cut over <paramref name="files"/>; refused when a file stays write-locked (a long import) too long.</summary>
    public static SqliteSnapshot Take(IReadOnlyList<string> files)
    {
        for (var attempt = 1; ; attempt++)
        {
            var snapshot = new SqliteSnapshot();
            try
            {
                snapshot.Open(files);
                return snapshot;
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6 && attempt < 3)
            {
                // Busy or locked: let go of every lock held so far, so that the writer holding this one can finish.
                snapshot.Dispose();
            }
            catch (SqliteException ex) when (ex.SqliteErrorCode is 5 or 6)
            {
                snapshot.Dispose();
                throw new Refusal("数据库持续处于写入状态（例如正在进行大批量导入），备份未进行，请稍后再试。");
            }
            catch
            {
                snapshot.Dispose();
                throw;
            }
        }
    }

    private void Open(IReadOnlyList<string> files)
    {
        var writers = new List<SqliteConnection>();
        try
        {
            foreach (var file in files)
            {
                var writer = Connect(file);
                writers.Add(writer);
                Execute(writer, null, "BEGIN IMMEDIATE");
            }

            foreach (var file in files)
            {
                var reader = Connect(file);
                var transaction = reader.BeginTransaction(deferred: true);
                _readers.Add((Path.GetFileName(file), reader, transaction));

                // The first read fixes the transaction's snapshot; no one can commit to any file until the locks go.
                Execute(reader, transaction, "SELECT count(*) FROM sqlite_schema");
            }
        }
        finally
        {
            foreach (var writer in writers)
            {
                // Closing a connection rolls its open transaction back, whether or not BEGIN IMMEDIATE got the lock.
                writer.Dispose();
            }
        }
    }

    /// <summary>Copies the file named <paramref name="name"/>, as of the cut, to <paramref name="destination"/>.</summary>
    public void CopyTo(string name, string destination)
    {
        var source = _readers.Single(r => r.Name == name).Connection;
        using var target = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = destination, Pooling = false }.ConnectionString);
        target.Open();

        // One step copies every page from the reader's open transaction, which the backup API reuses: the cut's snapshot.
        source.BackupDatabase(target);
    }

    private static SqliteConnection Connect(string file)
    {
        var connection = new SqliteConnection(new SqliteConnectionStringBuilder
        {
            DataSource = file,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = false,
            DefaultTimeout = (int)LockWait.TotalSeconds,
        }.ConnectionString);
        connection.Open();
        Execute(connection, null, $"PRAGMA busy_timeout = {(int)LockWait.TotalMilliseconds}");
        return connection;
    }

    private static void Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        command.ExecuteScalar();
    }

    public void Dispose()
    {
        foreach (var (_, connection, transaction) in _readers)
        {
            transaction.Dispose();
            connection.Dispose();
        }

        _readers.Clear();
    }
}
