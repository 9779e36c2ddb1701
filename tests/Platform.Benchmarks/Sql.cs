using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>Plain SQL on a generated SQLite file.</summary>
internal static class Sql
{
    public static void Exec(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 3600;
        command.ExecuteNonQuery();
    }
}
