using System.Data.Common;
using System.Diagnostics;
using Microsoft.Data.Sqlite;
using Npgsql;

namespace Platform.Benchmarks;

/// <summary>
/// 10,000,000 ledger entries (1,600 stations, 3,200 workers, one year) in the ledger of a demo host, on SQLite or
/// on PostgreSQL; the seven demo stations and their fourteen workers are among them. Times the API's
/// station-year, worker-month and whole-project summaries (as the bureau, over loopback) against the same
/// GROUP BY written by hand and run on the same database in the same run.
/// </summary>
internal static class LedgerBenchmark
{
    private const int Entries = 10_000_000;
    private const int Stations = 1_600;
    private const int Workers = 3_200;

    private static readonly string Kinds = """
        kinds(j, code, std, professional) AS (VALUES (0, 'OUTREACH', 200, true), (1, 'OUTREACH_PHONE', 100, true), (2, 'CHILD_CARE', 200, true), (3, 'ARCHIVE', 400, true),
            (4, 'COMMUNITY', 4000, true), (5, 'SUPERVISION', 100, true), (6, 'TRAINING', 100, true), (7, 'VOLUNTEER', 100, true), (8, 'ASSIST', 100, false))
        """;

    /// <summary>SQLite: <paramref name="keep"/> is a folder kept between runs (generated once).</summary>
    public static Task<int> RunSqliteAsync(string? keep) => RunAsync(new SqliteLedger(keep));

    /// <summary>PostgreSQL: a server connection string (without a database); the database <c>ledger_benchmark</c> is made anew.</summary>
    public static Task<int> RunPostgresAsync(string? server) =>
        RunAsync(new PostgresLedger(server ?? Environment.GetEnvironmentVariable("PLATFORM_TEST_POSTGRES")
            ?? "Host=127.0.0.1;Port=5433;Username=postgres;Password=postgres"));

    private static async Task<int> RunAsync(Ledger ledger)
    {
        try
        {
            if (!ledger.Generated)
            {
                await using (var first = ledger.StartHost())
                {
                    await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
                    await Task.Delay(2000);
                }

                ledger.ClearPools();
                var generated = Stopwatch.StartNew();
                await using (var connection = ledger.Open())
                {
                    Generate(ledger, connection);
                }

                Console.WriteLine($"{ledger.Name}: generated {Entries:N0} entries in {generated.Elapsed.TotalSeconds:0} s");
            }

            await using var raw = ledger.Open();
            var (station, worker, year) = Subjects(ledger, raw);
            await using var host = ledger.StartHost();
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            using var client = await host.SignInAsync("bureau", TimeSpan.FromMinutes(2));
            var june = $"from={year}-06-01&to={year}-06-30";
            var yearFrom = new DateOnly(year, 1, 1);
            var yearTo = new DateOnly(year, 12, 31);

            Console.WriteLine(ledger.Name);
            await CompareAsync("station, year", 30, () => client.GetAsync($"/api/v1/ledger/summary?stationId={station}"), ledger, raw, "StationId", station, yearFrom, yearTo);
            await CompareAsync("worker, month", 30, () => client.GetAsync($"/api/v1/ledger/summary?workerId={worker}&{june}"), ledger, raw, "WorkerId", worker, new DateOnly(year, 6, 1), new DateOnly(year, 6, 30));
            await CompareAsync("whole project, year", 7, () => client.GetAsync("/api/v1/ledger/summary"), ledger, raw, null, null, yearFrom, yearTo);
        }
        finally
        {
            ledger.ClearPools();
            ledger.CleanUp();
        }

        return 0;
    }

    private static async Task CompareAsync(string what, int runs, Func<Task<HttpResponseMessage>> api, Ledger ledger, DbConnection raw, string? column, string? value, DateOnly from, DateOnly to)
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
            await using var command = raw.CreateCommand();
            command.CommandTimeout = 600;
            command.CommandText = $"""
                SELECT "IndicatorCode", "IsProfessional", SUM("QuantityCenti"), SUM("HoursCenti") FROM {ledger.Table("entries")}
                WHERE "ProjectId" = 1 AND NOT "IsRetracted" AND "Date" >= @from AND "Date" <= @to {(column is null ? "" : $"AND \"{column}\" = @value")}
                GROUP BY "IndicatorCode", "IsProfessional"
                """;
            Add(command, "from", from);
            Add(command, "to", to);
            if (value is not null)
            {
                Add(command, "value", value);
            }

            await using (var reader = await command.ExecuteReaderAsync())
            {
                while (await reader.ReadAsync())
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

    private static void Add(DbCommand command, string name, object value)
    {
        var parameter = command.CreateParameter();
        parameter.ParameterName = "@" + name;
        parameter.Value = value;
        command.Parameters.Add(parameter);
    }

    private static (string Station, string Worker, int Year) Subjects(Ledger ledger, DbConnection connection)
    {
        using var command = connection.CreateCommand();
        command.CommandText = $"""SELECT "StationId", "WorkerId", "Date" FROM {ledger.Table("entries")} WHERE "SourceModule" = 'bench' AND "StationId" NOT LIKE 'bs%' LIMIT 1""";
        using var reader = command.ExecuteReader();
        reader.Read();
        return (reader.GetString(0), reader.GetString(1), reader.GetFieldValue<DateOnly>(2).Year);
    }

    /// <summary>Writes the entries with SQL in the database itself; the indexes are dropped first and built again after, as a bulk load does.</summary>
    private static void Generate(Ledger ledger, DbConnection connection)
    {
        var realStations = ledger.Query(connection, $"""SELECT "Id" FROM {ledger.Table("stations", "staff")} ORDER BY "Code" """).Select(r => r[0]).ToList();
        var realWorkers = ledger.Query(connection, $"""
            SELECT u."Id", u."StationId" FROM {ledger.Table("AspNetUsers", "staff")} u JOIN {ledger.Table("AspNetUserRoles", "staff")} r ON r."UserId" = u."Id"
            WHERE r."RoleId" = 'worker' ORDER BY u."UserName"
            """).Select(r => (Id: r[0], Station: r[1])).ToList();
        ledger.Prepare(connection);

        var stations = realStations.Concat(Enumerable.Range(realStations.Count, Stations - realStations.Count).Select(i => $"bs{i:0000}")).ToList();
        Sql.Exec(connection, $"""UPDATE {ledger.Table("projects")} SET "StationIds" = {ledger.StringList(stations)}""");
        var indexes = ledger.Indexes(connection);
        foreach (var index in indexes)
        {
            Sql.Exec(connection, index.Drop);
        }

        // Worker k works at station k mod 1,600; the demo's workers stand in for the first stations' pairs.
        var people = Enumerable.Range(0, Workers).Select(i =>
        {
            var station = stations[i % Stations];
            var real = realWorkers.Where(x => x.Station == station).Select(x => x.Id).ElementAtOrDefault(i / Stations);
            return $"({i}, '{station}', '{real ?? $"bw{i:0000}"}')";
        });
        Sql.Exec(connection, "CREATE TEMP TABLE people (k INTEGER PRIMARY KEY, station TEXT, worker TEXT)");
        Sql.Exec(connection, "INSERT INTO people VALUES " + string.Join(", ", people));

        var date = ledger.DayOfYear("((n.i * 7919) % 365)");
        Sql.Exec(connection, $"""
            WITH RECURSIVE {ledger.Numbers(Entries)}{Kinds}
            INSERT INTO {ledger.Table("entries")} ("ProjectId", "StationId", "WorkerId", "IndicatorCode", "QuantityCenti", "StandardHoursPerUnit", "HoursCenti",
                "IsProfessional", "Date", "Month", "SourceModule", "SourceId", "Description", "CreatedAt", "IsRetracted", "IsDemo")
            SELECT 1, p.station, p.worker, kinds.code, 100, kinds.std / 100.0, kinds.std, kinds.professional, {date}, {ledger.MonthOf(date)},
                'bench', CAST(n.i AS TEXT), '基准测试', {ledger.YearStartTimestamp}, false, true
            FROM {ledger.NumbersFrom(Entries)}
            JOIN people p ON p.k = n.i % {Workers}
            JOIN kinds ON kinds.j = (n.i / {Workers}) % 9
            """);
        foreach (var index in indexes)
        {
            Sql.Exec(connection, index.Create);
        }

        // The monthly totals the ledger keeps with every credit, built in one pass as its demo does.
        var columns = """ "ProjectId", "Month", "StationId", "WorkerId", "IndicatorCode", "IsProfessional" """;
        Sql.Exec(connection, $"""
            DELETE FROM {ledger.Table("monthly_totals")};
            INSERT INTO {ledger.Table("monthly_totals")} ({columns}, "QuantityCenti", "HoursCenti")
            SELECT {columns}, SUM("QuantityCenti"), SUM("HoursCenti")
            FROM {ledger.Table("entries")} WHERE NOT "IsRetracted" GROUP BY {columns};
            """);
        Sql.Exec(connection, "ANALYZE");
    }

    private sealed record Index(string Drop, string Create);

    /// <summary>What differs between the two databases: where the tables are and a few SQL spellings.</summary>
    private abstract class Ledger
    {
        public abstract string Name { get; }

        public abstract bool Generated { get; }

        public abstract string YearStartTimestamp { get; }

        public abstract HostProcess StartHost();

        public abstract DbConnection Open();

        public abstract string Table(string name, string module = "ledger");

        public abstract string StringList(IEnumerable<string> values);

        public abstract IReadOnlyList<Index> Indexes(DbConnection connection);

        public abstract string Numbers(int count);

        public abstract string NumbersFrom(int count);

        public abstract string DayOfYear(string offset);

        public abstract string MonthOf(string date);

        public abstract void Prepare(DbConnection connection);

        public abstract void ClearPools();

        public abstract void CleanUp();

        public List<string[]> Query(DbConnection connection, string sql)
        {
            using var command = connection.CreateCommand();
            command.CommandText = sql;
            using var reader = command.ExecuteReader();
            var rows = new List<string[]>();
            while (reader.Read())
            {
                rows.Add(Enumerable.Range(0, reader.FieldCount).Select(reader.GetString).ToArray());
            }

            return rows;
        }
    }

    /// <summary>One file a module in a data folder; the staff tables are read from staff.db, attached.</summary>
    private sealed class SqliteLedger(string? keep) : Ledger
    {
        private readonly string _data = keep ?? Directory.CreateTempSubdirectory("platform-ledger-").FullName;

        public override string Name => "SQLite";

        public override bool Generated => keep is not null && File.Exists(Path.Combine(_data, "ledger.db"));

        public override string YearStartTimestamp => "(SELECT StartDate || ' 00:00:00' FROM projects WHERE Id = 1)";

        public override HostProcess StartHost()
        {
            Directory.CreateDirectory(_data);
            return HostProcess.StartPlatform(5096, new() { ["Platform__Database__DataDirectory"] = _data });
        }

        public override DbConnection Open()
        {
            var connection = new SqliteConnection($"Data Source={Path.Combine(_data, "ledger.db")};Pooling=False");
            connection.Open();
            Sql.Exec(connection, $"ATTACH DATABASE '{Path.Combine(_data, "staff.db")}' AS staff");
            return connection;
        }

        public override string Table(string name, string module = "ledger") => module == "ledger" ? $"\"{name}\"" : $"{module}.\"{name}\"";

        public override string StringList(IEnumerable<string> values) => $"'[{string.Join(",", values.Select(s => $"\"{s}\""))}]'";

        public override void Prepare(DbConnection connection) => Sql.Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF; PRAGMA cache_size=-200000;");

        public override IReadOnlyList<Index> Indexes(DbConnection connection) =>
            Query(connection, "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'entries' AND sql IS NOT NULL")
                .Select(r => new Index($"DROP INDEX \"{r[0]}\"", r[1])).ToList();

        public override string Numbers(int count) => $"n(i) AS (SELECT 0 UNION ALL SELECT i + 1 FROM n WHERE i < {count - 1}), ";

        public override string NumbersFrom(int count) => "n";

        public override string DayOfYear(string offset) => $"date((SELECT StartDate FROM projects WHERE Id = 1), '+' || {offset} || ' days')";

        public override string MonthOf(string date) => $"CAST(strftime('%Y%m', {date}) AS INTEGER)";

        public override void ClearPools() => SqliteConnection.ClearAllPools();

        public override void CleanUp()
        {
            if (keep is null)
            {
                Directory.Delete(_data, recursive: true);
            }
        }
    }

    /// <summary>A database of its own on the given server, dropped at the end; every module in its schema.</summary>
    private sealed class PostgresLedger(string server) : Ledger
    {
        private const string Database = "ledger_benchmark";
        private readonly string _connection = new NpgsqlConnectionStringBuilder(server) { Database = Database, CommandTimeout = 0 }.ConnectionString;
        private bool _created;

        public override string Name => "PostgreSQL";

        public override bool Generated => false;

        public override string YearStartTimestamp => "(SELECT \"StartDate\"::timestamp AT TIME ZONE 'UTC' FROM ledger.projects WHERE \"Id\" = 1)";

        public override HostProcess StartHost()
        {
            if (!_created)
            {
                AsServer($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
                AsServer($"CREATE DATABASE {Database}");
                _created = true;
            }

            return HostProcess.StartPlatform(5096, new() { ["Platform__Database__Provider"] = "Postgres", ["ConnectionStrings__Platform"] = _connection });
        }

        public override DbConnection Open()
        {
            var connection = new NpgsqlConnection(_connection);
            connection.Open();
            return connection;
        }

        public override string Table(string name, string module = "ledger") => $"{module}.\"{name}\"";

        public override string StringList(IEnumerable<string> values) => $"ARRAY[{string.Join(",", values.Select(s => $"'{s}'"))}]";

        public override void Prepare(DbConnection connection) => Sql.Exec(connection, "SET synchronous_commit = off; SET maintenance_work_mem = '1GB'; SET work_mem = '256MB'");

        public override IReadOnlyList<Index> Indexes(DbConnection connection) =>
            Query(connection, "SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = 'ledger' AND tablename = 'entries' AND indexname <> 'PK_entries'")
                .Select(r => new Index($"DROP INDEX ledger.\"{r[0]}\"", r[1])).ToList();

        public override string Numbers(int count) => "";

        public override string NumbersFrom(int count) => $"generate_series(0::bigint, {count - 1}) AS n(i)";

        public override string DayOfYear(string offset) => $"((SELECT \"StartDate\" FROM ledger.projects WHERE \"Id\" = 1) + CAST({offset} AS integer))";

        public override string MonthOf(string date) => $"CAST(to_char({date}, 'YYYYMM') AS INTEGER)";

        public override void ClearPools() => NpgsqlConnection.ClearAllPools();

        public override void CleanUp()
        {
            if (_created)
            {
                AsServer($"DROP DATABASE IF EXISTS {Database} WITH (FORCE)");
            }
        }

        private void AsServer(string sql)
        {
            using var connection = new NpgsqlConnection(new NpgsqlConnectionStringBuilder(server) { Database = "postgres" }.ConnectionString);
            connection.Open();
            Sql.Exec(connection, sql);
        }
    }
}
