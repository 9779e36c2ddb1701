using System.Diagnostics;
using System.Globalization;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// 10,000,000 ledger entries (1,600 stations, 3,200 workers, one year) in the SQLite ledger of a demo host; the
/// seven demo stations and their fourteen workers are among them. Times the API's station-year, worker-month and
/// whole-project summaries (as the bureau, over loopback) against the same GROUP BY written by hand and run on
/// the same file in the same run.
/// </summary>
internal static class LedgerBenchmark
{
    private const int Entries = 10_000_000;
    private const int Stations = 1_600;
    private const int Workers = 3_200;

    public static async Task<int> RunAsync(string? keep = null)
    {
        var data = keep ?? Directory.CreateTempSubdirectory("platform-ledger-").FullName;
        var file = Path.Combine(data, "ledger.db");
        var reuse = keep is not null && File.Exists(file);
        try
        {
            if (!reuse)
            {
                Directory.CreateDirectory(data);
                await using (var first = HostProcess.StartPlatform(data, 5096))
                {
                    await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
                    await Task.Delay(2000);
                }

                SqliteConnection.ClearAllPools();
                var generated = Stopwatch.StartNew();
                Generate(data);
                Console.WriteLine($"Generated {Entries:N0} entries in {generated.Elapsed.TotalSeconds:0} s ({new FileInfo(file).Length / 1024 / 1024:N0} MB)");
            }

            var (station, worker, year) = Subjects(file);
            await using var host = HostProcess.StartPlatform(data, 5096);
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var client = await host.SignInAsync("bureau", TimeSpan.FromMinutes(2));
            var june = $"from={year}-06-01&to={year}-06-30";
            await using var raw = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
            raw.Open();

            await CompareAsync("station, year", 30, () => client.GetAsync($"/api/v1/ledger/summary?stationId={station}"), raw, "StationId", station, $"{year}-01-01", $"{year}-12-31");
            await CompareAsync("worker, month", 30, () => client.GetAsync($"/api/v1/ledger/summary?workerId={worker}&{june}"), raw, "WorkerId", worker, $"{year}-06-01", $"{year}-06-30");
            await CompareAsync("whole project, year", 7, () => client.GetAsync("/api/v1/ledger/summary"), raw, null, null, $"{year}-01-01", $"{year}-12-31");
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            if (keep is null)
            {
                Directory.Delete(data, recursive: true);
            }
        }

        return 0;
    }

    private static async Task CompareAsync(string what, int runs, Func<Task<HttpResponseMessage>> api, SqliteConnection raw, string? column, string? value, string from, string to)
    {
        var apiTimes = new List<double>();
        var rawTimes = new List<double>();
        for (var i = 0; i < runs + 2; i++)
        {
            var started = Stopwatch.GetTimestamp();
            var response = await api();
            response.EnsureSuccessStatusCode();
            await response.Content.ReadAsByteArrayAsync();
            var apiElapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;

            started = Stopwatch.GetTimestamp();
            using var command = raw.CreateCommand();
            command.CommandText = $"""
                SELECT IndicatorCode, IsProfessional, SUM(QuantityCenti), SUM(HoursCenti) FROM entries
                WHERE ProjectId = 1 AND NOT IsRetracted AND Date >= $from AND Date <= $to {(column is null ? "" : $"AND {column} = $value")}
                GROUP BY IndicatorCode, IsProfessional
                """;
            command.Parameters.AddWithValue("$from", from);
            command.Parameters.AddWithValue("$to", to);
            if (value is not null)
            {
                command.Parameters.AddWithValue("$value", value);
            }

            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                }
            }

            var rawElapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 2)
            {
                apiTimes.Add(apiElapsed);
                rawTimes.Add(rawElapsed);
            }
        }

        apiTimes.Sort();
        rawTimes.Sort();
        var apiMedian = apiTimes[apiTimes.Count / 2];
        var rawMedian = rawTimes[rawTimes.Count / 2];
        Console.WriteLine($"  {what,-20} API median {apiMedian,8:0.0} ms   hand-written SQL median {rawMedian,8:0.0} ms   ratio {apiMedian / rawMedian:0.00}");
    }

    private static (string Station, string Worker, int Year) Subjects(string file)
    {
        using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = "SELECT StationId, WorkerId, substr(Date, 1, 4) FROM entries WHERE SourceModule = 'bench' AND StationId NOT LIKE 'bs%' LIMIT 1";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetString(1), int.Parse(reader.GetString(2), CultureInfo.InvariantCulture));
    }

    /// <summary>Writes the entries with SQL in the file itself; the indexes are dropped first and built again after, as a bulk load does.</summary>
    private static void Generate(string data)
    {
        var realStations = new List<string>();
        var realWorkers = new List<(string Id, string Station)>();
        using (var staff = new SqliteConnection($"Data Source={Path.Combine(data, "staff.db")}"))
        {
            staff.Open();
            using var command = staff.CreateCommand();
            command.CommandText = "SELECT Id FROM stations ORDER BY Code";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    realStations.Add(reader.GetString(0));
                }
            }

            command.CommandText = "SELECT u.Id, u.StationId FROM AspNetUsers u JOIN AspNetUserRoles r ON r.UserId = u.Id WHERE r.RoleId = 'worker' ORDER BY u.UserName";
            using (var reader = command.ExecuteReader())
            {
                while (reader.Read())
                {
                    realWorkers.Add((reader.GetString(0), reader.GetString(1)));
                }
            }
        }

        using var connection = new SqliteConnection($"Data Source={Path.Combine(data, "ledger.db")}");
        connection.Open();
        Sql.Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");
        var stations = realStations.Concat(Enumerable.Range(realStations.Count, Stations - realStations.Count).Select(i => $"bs{i:0000}")).ToList();
        Sql.Exec(connection, $"UPDATE projects SET StationIds = '[{string.Join(",", stations.Select(s => $"\"{s}\""))}]'");
        var year = Scalar(connection, "SELECT substr(StartDate, 1, 4) FROM projects WHERE Id = 1");
        var indexes = new List<string>();
        using (var command = connection.CreateCommand())
        {
            command.CommandText = "SELECT sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' AND sql IS NOT NULL";
            using var reader = command.ExecuteReader();
            while (reader.Read())
            {
                indexes.Add(reader.GetString(0));
            }
        }

        foreach (var index in indexes)
        {
            Sql.Exec(connection, "DROP INDEX " + index.Split(' ')[index.StartsWith("CREATE UNIQUE", StringComparison.Ordinal) ? 3 : 2]);
        }

        // Worker k works at station k mod 1,600; the demo's workers stand in for the first stations' pairs.
        Sql.Exec(connection, "CREATE TEMP TABLE people (k INTEGER PRIMARY KEY, station TEXT, worker TEXT)");
        using (var transaction = connection.BeginTransaction())
        {
            using var insert = connection.CreateCommand();
            insert.Transaction = transaction;
            insert.CommandText = "INSERT INTO people VALUES ($k, $station, $worker)";
            var k = insert.Parameters.Add(new SqliteParameter { ParameterName = "$k" });
            var s = insert.Parameters.Add(new SqliteParameter { ParameterName = "$station" });
            var w = insert.Parameters.Add(new SqliteParameter { ParameterName = "$worker" });
            for (var i = 0; i < Workers; i++)
            {
                var station = i % Stations;
                var pair = i / Stations;
                var real = realWorkers.Where(x => x.Station == stations[station]).Select(x => x.Id).ElementAtOrDefault(pair);
                k.Value = i;
                s.Value = stations[station];
                w.Value = real ?? $"bw{i:0000}";
                insert.ExecuteNonQuery();
            }

            transaction.Commit();
        }

        Sql.Exec(connection, $"""
            WITH RECURSIVE n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {Entries - 1}),
            kinds(j, code, std, professional) AS (VALUES (0, 'OUTREACH', 200, 1), (1, 'OUTREACH_PHONE', 100, 1), (2, 'CHILD_CARE', 200, 1), (3, 'ARCHIVE', 400, 1),
                (4, 'COMMUNITY', 4000, 1), (5, 'SUPERVISION', 100, 1), (6, 'TRAINING', 100, 1), (7, 'VOLUNTEER', 100, 1), (8, 'ASSIST', 100, 0))
            INSERT INTO entries (ProjectId, StationId, WorkerId, IndicatorCode, QuantityCenti, StandardHoursPerUnit, HoursCenti, IsProfessional, Date, Month,
                SourceModule, SourceId, Description, CreatedAt, IsRetracted, IsDemo)
            SELECT 1, p.station, p.worker, kinds.code, 100, kinds.std / 100.0, kinds.std, kinds.professional,
                date('{year}-01-01', '+' || ((n.i * 7919) % 365) || ' days'),
                CAST(strftime('%Y%m', date('{year}-01-01', '+' || ((n.i * 7919) % 365) || ' days')) AS INTEGER),
                'bench', n.i, '基准测试', '{year}-01-01 00:00:00', 0, 1
            FROM n
            JOIN people p ON p.k = n.i % {Workers}
            JOIN kinds ON kinds.j = (n.i / {Workers}) % 9
            """);
        foreach (var index in indexes)
        {
            Sql.Exec(connection, index);
        }

        // The monthly totals the ledger keeps with every credit, built in one pass as its demo does.
        Sql.Exec(connection, """
            DELETE FROM monthly_totals;
            INSERT INTO monthly_totals (ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional, QuantityCenti, HoursCenti)
            SELECT ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional, SUM(QuantityCenti), SUM(HoursCenti)
            FROM entries WHERE NOT IsRetracted GROUP BY ProjectId, Month, StationId, WorkerId, IndicatorCode, IsProfessional;
            """);
        Sql.Exec(connection, "ANALYZE;");
    }

    private static string Scalar(SqliteConnection connection, string sql)
    {
        using var command = connection.CreateCommand();
        command.CommandText = sql;
        return Convert.ToString(command.ExecuteScalar(), CultureInfo.InvariantCulture)!;
    }
}
