using System.Data.Common;

namespace Platform.Benchmarks;

/// <summary>Plain SQL on a generated database.</summary>
internal static class Sql
{
    public static void Exec(DbConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        command.CommandTimeout = 3600;
        command.ExecuteNonQuery();
    }
}
