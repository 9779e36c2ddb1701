using Microsoft.Data.Sqlite;

namespace Platform.Host.Cli.Backup;

/// <summary>
/// A message being delivered at the instant of the backup is leased to the instance delivering it (30 s, renewed,
/// see <c>OutboxDispatcher</c>). That instance does not exist for the restored data, so restore frees the leases:
/// the restored host delivers those messages at its start instead of when the lease runs out. Receivers count a message
/// by its source key, so one that had in fact been handled before the cut is still counted once.
/// </summary>
internal static class OutboxLeases
{
    public static string Sql(string table) =>
        $"UPDATE {table} SET \"LockedUntil\" = NULL WHERE \"ProcessedAt\" IS NULL AND \"LockedUntil\" IS NOT NULL";

    public static void FreeInSqlite(string file)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = file, Mode = SqliteOpenMode.ReadWrite, Pooling = false }.ConnectionString);
        connection.Open();
        using var exists = connection.CreateCommand();
        exists.CommandText = "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'outbox_messages'";
        if ((long)exists.ExecuteScalar()! == 0)
        {
            return;
        }

        using var free = connection.CreateCommand();
        free.CommandText = Sql("outbox_messages");
        free.ExecuteNonQuery();
    }
}
