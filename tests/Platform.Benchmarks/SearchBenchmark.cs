using System.Diagnostics;
using System.Net.Http.Json;
using Microsoft.Data.Sqlite;

namespace Platform.Benchmarks;

/// <summary>
/// Fills the registry of a demo host with 1,000,000 generated clients (spread over 1,600 stations, of which the
/// seven demo stations are the first), restarts it and times searches by name part, ID-number suffix and
/// category through the API, as the bureau (every station) and as a station worker. The figure is the
/// client-side latency of each request on loopback: an upper bound of the server time.
/// </summary>
internal static class SearchBenchmark
{
    private const int Clients = 1_000_000;
    private const int Stations = 1_600;
    private const int SampleCount = 200;

    // Common surnames, most frequent first (a Zipf-like draw below), and given-name characters.
    private const string Surnames = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤";
    private const string GivenChars = "秀英桂兰建国志强玉珍长根春花德胜淑华明辉小军浩然子轩宇航美华欣怡梓涵雨萱丽萍金凤文军海燕永红晓东卫东红梅志华国平振华亚男丹丹建华凤兰国强春梅玉兰宏伟婷婷佳豪思远家乐俊杰";

    /// <summary>With <paramref name="keep"/>, the generated data folder is left in place (and reused by a later run given the same folder).</summary>
    public static async Task<int> RunAsync(string? keep = null)
    {
        var data = keep ?? Directory.CreateTempSubdirectory("platform-search-").FullName;
        var reuse = keep is not null && File.Exists(Path.Combine(data, "registry.db"));
        try
        {
            if (!reuse)
            {
                Directory.CreateDirectory(data);
                await using (var first = HostProcess.StartPlatform(data, 5095))
                {
                    await first.WaitHealthyAsync(Stopwatch.GetTimestamp());
                }

                SqliteConnection.ClearAllPools();
                var stationIds = await StationIdsAsync(data);
                var generated = Stopwatch.StartNew();
                Generate(Path.Combine(data, "registry.db"), stationIds);
                Console.WriteLine($"Generated {Clients:N0} clients over {Stations:N0} stations in {generated.Elapsed.TotalSeconds:0} s ({new FileInfo(Path.Combine(data, "registry.db")).Length / 1024 / 1024:N0} MB)");
            }

            var samples = Sample(Path.Combine(data, "registry.db"));

            await using var host = HostProcess.StartPlatform(data, 5095);
            await host.WaitHealthyAsync(Stopwatch.GetTimestamp());
            foreach (var user in new[] { "bureau", "worker01" })
            {
                using var client = await host.SignInAsync(user, TimeSpan.FromMinutes(2));
                Console.WriteLine($"As {user}:");
                await MeasureAsync(client, "name, 2 characters", samples.NameParts.Select(p => "q=" + Uri.EscapeDataString(p)));
                await MeasureAsync(client, "name, surname only", samples.Surnames.Select(p => "q=" + Uri.EscapeDataString(p)));
                await MeasureAsync(client, "full name", samples.FullNames.Select(p => "q=" + Uri.EscapeDataString(p)));
                await MeasureAsync(client, "ID number, last 4", samples.IdTails.Select(p => "q=" + p));
                await MeasureAsync(client, "ID number, last 6", samples.IdTails6.Select(p => "q=" + p));
                await MeasureAsync(client, "category", samples.Categories.Select(c => "category=" + c));
                await MeasureAsync(client, "category + name", samples.Categories.Zip(samples.Surnames).Select(p => $"category={p.First}&q={Uri.EscapeDataString(p.Second)}"));
            }
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

    private static async Task MeasureAsync(HttpClient client, string what, IEnumerable<string> queries)
    {
        var times = new List<double>();
        long hits = 0;
        foreach (var (query, i) in queries.Select((q, i) => (q, i)))
        {
            var started = Stopwatch.GetTimestamp();
            var page = await client.GetFromJsonAsync<Page>("/api/v1/registry/clients?" + query);
            var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
            if (i >= 5)
            {
                // The first few warm the caches and the JIT.
                times.Add(elapsed);
                hits += page!.Total;
            }
        }

        times.Sort();
        Console.WriteLine($"  {what,-20} median {times[times.Count / 2],6:0.0} ms  p95 {times[(int)(times.Count * 0.95)],6:0.0} ms  max {times[^1],6:0.0} ms  (mean hits {hits / times.Count:N0})");
    }

    private static async Task<List<string>> StationIdsAsync(string data)
    {
        await using var staff = new SqliteConnection($"Data Source={Path.Combine(data, "staff.db")}");
        await staff.OpenAsync();
        await using var command = staff.CreateCommand();
        command.CommandText = "SELECT Id FROM stations ORDER BY Code";
        var ids = new List<string>();
        await using var reader = await command.ExecuteReaderAsync();
        while (await reader.ReadAsync())
        {
            ids.Add(reader.GetString(0));
        }

        return ids.Concat(Enumerable.Range(ids.Count, Stations - ids.Count).Select(i => $"bench{i:0000}")).ToList();
    }

    /// <summary>200 clients spread over the table, and what a user would type to find them.</summary>
    private static Samples Sample(string file)
    {
        var random = new Random(7);
        var samples = new Samples();
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        using var command = connection.CreateCommand();
        command.CommandText = $"SELECT c.Name, c.IdNumber, (SELECT Code FROM client_categories h WHERE h.ClientId = c.Id LIMIT 1) FROM clients c WHERE c.Id IN ({string.Join(",", Enumerable.Range(0, SampleCount).Select(i => $"'{$"b{i * (Clients / SampleCount) + 7:0000000}".PadRight(32, '0')}'"))})";
        using var reader = command.ExecuteReader();
        while (reader.Read())
        {
            var name = reader.GetString(0);
            var idNumber = reader.GetString(1);
            samples.NameParts.Add(name.Length == 3 && random.Next(2) == 0 ? name[1..] : name[..2]);
            samples.Surnames.Add(name[..1]);
            samples.FullNames.Add(name);
            samples.IdTails.Add(idNumber[^4..]);
            samples.IdTails6.Add(idNumber[^6..]);
            samples.Categories.Add(reader.GetString(2));
        }

        return samples;
    }

    private static void Generate(string file, IReadOnlyList<string> stations)
    {
        string[] categories = ["DIBAO", "TEKUN_FS", "TEKUN_JZ", "DIBAO_EDGE", "ELDER_SPECIAL", "LEFT_BEHIND", "DIFFICULT_CHILD", "SEVERE_DISAB", "SMI", "TEMP_AID", "RIGID_EXP", "ORPHAN", "VAGRANT", "MIGRANT_CHILD"];
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        var random = new Random(1_000_000);
        using var connection = new SqliteConnection($"Data Source={file}");
        connection.Open();
        Sql.Exec(connection, "PRAGMA journal_mode=WAL; PRAGMA synchronous=OFF;");
        using var transaction = connection.BeginTransaction();
        using var client = Command(connection, transaction, """
            INSERT INTO clients (Id, StationId, Name, Sex, Ethnicity, IdNumber, IdTail, BirthDate, Phone, PhoneTail, CurrentAddress, Village, IsArchived, IsDemo, CreatedAt, UpdatedAt)
            VALUES ($id, $station, $name, $sex, '汉族', $idNumber, $idTail, $birth, $phone, $phoneTail, '某镇某村1号', $village, 0, 1, '2026-01-01 00:00:00', '2026-01-01 00:00:00')
            """, "$id", "$station", "$name", "$sex", "$idNumber", "$idTail", "$birth", "$phone", "$phoneTail", "$village");
        using var category = Command(connection, transaction, "INSERT INTO client_categories (ClientId, Code, StartDate, Basis) VALUES ($client, $code, '2025-01-01', '基准测试')", "$client", "$code");
        using var gram = Command(connection, transaction, "INSERT OR IGNORE INTO client_name_grams (Gram, ClientId, Name) VALUES ($gram, $client, $name)", "$gram", "$client", "$name");
        var start = new DateOnly(1930, 1, 1);
        for (var i = 0; i < Clients; i++)
        {
            var id = $"b{i:0000000}".PadRight(32, '0');
            var male = i % 2 == 1;

            // Zipf-like surnames: the first few carry most people, as in China.
            var surname = Surnames[Math.Min(Surnames.Length - 1, (int)(Math.Pow(random.NextDouble(), 2.2) * Surnames.Length))].ToString();
            var given = GivenChars[random.Next(GivenChars.Length)].ToString() + (random.Next(5) == 0 ? "" : GivenChars[random.Next(GivenChars.Length)].ToString());
            var name = surname + given;
            var birth = start.AddDays(i % 30_000);
            var body = $"360{i / 30_000 % 1000:000}{birth:yyyyMMdd}{i % 500:000}";
            var idNumber = body + "10X98765432"[body.Select((c, k) => (c - '0') * weights[k]).Sum() % 11];
            var phone = $"13{random.Next(100_000_000, 999_999_999)}";
            Run(client, id, stations[i % stations.Count], name, male ? "Male" : "Female", idNumber, idNumber[^4..], birth.ToString("yyyy-MM-dd"), phone, phone[^4..], $"第{i % 40}村");
            var held = categories[random.Next(categories.Length)];
            Run(category, id, held);
            if (random.Next(3) == 0)
            {
                Run(category, id, categories[random.Next(categories.Length)]);
            }

            for (var k = 0; k < name.Length; k++)
            {
                Run(gram, name.Substring(k, 1), id, name);
                if (k + 1 < name.Length)
                {
                    Run(gram, name.Substring(k, 2), id, name);
                }
            }
        }

        transaction.Commit();
        Sql.Exec(connection, "ANALYZE;");
    }

    private static SqliteCommand Command(SqliteConnection connection, SqliteTransaction transaction, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter { ParameterName = name });
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i];
        }

        command.ExecuteNonQuery();
    }

    private sealed class Samples
    {
        public List<string> NameParts { get; } = [];

        public List<string> Surnames { get; } = [];

        public List<string> FullNames { get; } = [];

        public List<string> IdTails { get; } = [];

        public List<string> IdTails6 { get; } = [];

        public List<string> Categories { get; } = [];
    }

    private sealed record Page(int Total);

}
