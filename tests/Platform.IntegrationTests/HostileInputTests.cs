using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Platform.IntegrationTests.Support;
using Xunit.Abstractions;

namespace Platform.IntegrationTests;

/// <summary>
/// Every route of <c>/openapi/v1.json</c>, as a worker, the lead, the bureau and the administrator, gets a seeded sample of
/// hostile requests built from its schema (<see cref="HostileRequests"/>); none may answer 5xx. Whether anything changed
/// that may not is judged on an administrator's snapshot — every JSON GET the admin can read, lists page by page and the
/// records the probe aims at, normalised (keys and list order sorted; answers that differ between two snapshots taken back
/// to back, such as due lists, are left out). The snapshot is taken before and after the two phases whose requests must
/// all be refused: the bureau's, which only ever reads, and a station worker's aimed at another station's records (path
/// ids, and body ids, of what a worker of that station lists). Afterwards the same worker with their own station's ids,
/// then the lead and the administrator, may change things, and only the 5xx check applies to them.
/// Nothing in the document is skipped: the API has no sign-out or session-revoking route (signing out is the browser's
/// <c>/account/logout</c>, which the document does not list), the token route is probed with made-up user names, so no
/// demo account is locked out and each caller's own token stays valid, and uploads get junk multipart. Requests go one
/// at a time, so what the host threw for a 5xx (watched through first-chance exceptions) is reported beside it.
/// </summary>
public abstract class HostileInputTests<TPlatform>(TPlatform platform, ITestOutputHelper output) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    // Per operation and caller; keeps each database's run under two minutes on a 2-core machine (measured, see output).
    // PLATFORM_TEST_HOSTILE_BUDGET=60 tries every mutation the generator has (≈25,000 requests, several minutes) for a deeper look.
    private static readonly int Budget = int.TryParse(Environment.GetEnvironmentVariable("PLATFORM_TEST_HOSTILE_BUDGET"), out var budget) ? budget : 8;

    private const int Seed = 20261215;

    private PlatformFactory Factory => platform.Factory;

    private sealed record Failure(string Role, HostileRequest Request, int Status, string Answer, string Thrown);

    [Fact]
    public async Task Hostile_requests_to_every_route_never_answer_5xx_and_change_nothing_the_caller_may_not()
    {
        var watch = Stopwatch.StartNew();
        var document = JsonNode.Parse(await Factory.Anonymous().GetStringAsync("/openapi/v1.json"))!;
        var operations = HostileRequests.Operations(document);
        var generator = new HostileRequests(document);
        var admin = await Factory.ApiAsync("admin");
        var worker = await Factory.ApiAsync("worker01");
        var everyone = await IdsAsync(admin, operations);
        var foreign = await IdsAsync(await Factory.ApiAsync("worker03"), operations);
        var own = await IdsAsync(worker, operations);
        foreign.ByList.Values.Sum(v => v.Count).Should().BePositive("worker03 lists records of their station");

        // The other test of this class saves records whose timeline entries travel by outbox: all delivered before the first snapshot.
        await Factory.OutboxesDeliveredAsync();
        var failures = new List<Failure>();
        var sent = 0;
        var thrown = new List<string>();
        AppDomain.CurrentDomain.FirstChanceException += Record;
        try
        {
            output.WriteLine($"ids and document read at {watch.Elapsed.TotalSeconds:F0} s");
            var volatileUrls = new HashSet<string>();
            var before = await SnapshotAsync(admin, operations, foreign, everyone);
            var again = await SnapshotAsync(admin, operations, foreign, everyone);
            volatileUrls.UnionWith(before.Keys.Where(k => again.GetValueOrDefault(k) != before[k]));

            // Phase 1: callers who may change nothing they aim at.
            sent += await ProbeAsync("bureau", await Factory.ApiAsync("bureau"), operations, everyone, Seed);
            sent += await ProbeAsync("worker01→另一站点", worker, operations.Where(o => o.PathParameters.Any()).ToList(), foreign, Seed + 1);
            await Factory.OutboxesDeliveredAsync();
            var after = await SnapshotAsync(admin, operations, foreign, everyone);
            var changed = before.Keys.Union(after.Keys)
                .Where(k => !volatileUrls.Contains(k) && before.GetValueOrDefault(k) != after.GetValueOrDefault(k))
                .Select(k => $"{k}\n  之前: {HostileRequest.Excerpt(before.GetValueOrDefault(k) ?? "(无)", 400)}\n  之后: {HostileRequest.Excerpt(after.GetValueOrDefault(k) ?? "(无)", 400)}")
                .ToList();
            output.WriteLine($"three snapshots done at {watch.Elapsed.TotalSeconds:F0} s");
            output.WriteLine($"snapshot: {before.Count} answers compared, {volatileUrls.Count} volatile left out: {string.Join(", ", volatileUrls)}");

            // Phase 2: callers allowed to change what they aim at; only the 5xx check applies.
            sent += await ProbeAsync("worker01", worker, operations, own, Seed + 2);
            sent += await ProbeAsync("lead", await Factory.ApiAsync("lead"), operations, everyone, Seed + 3);
            sent += await ProbeAsync("admin", admin, operations, everyone, Seed + 4);

            output.WriteLine($"{Factory.Database.Provider}: {operations.Count} operations, {sent} hostile requests, {failures.Count} answered 5xx, {watch.Elapsed.TotalSeconds:F0} s");
            var report = string.Join("\n\n", failures.Select(f =>
                $"{f.Status} {f.Request.Method} {f.Request.Url} as {f.Role} — {f.Request.Tried}\n  body: {f.Request.BodyExcerpt}\n  answer: {f.Answer}\n  thrown: {f.Thrown}"));
            failures.Should().BeEmpty($"no hostile request may answer 5xx; {failures.Count} of {sent} did:\n{report}");
            changed.Should().BeEmpty($"the bureau and a worker aiming at another station may change nothing:\n{string.Join("\n", changed)}");
        }
        finally
        {
            AppDomain.CurrentDomain.FirstChanceException -= Record;
        }

        void Record(object? sender, System.Runtime.ExceptionServices.FirstChanceExceptionEventArgs e)
        {
            lock (thrown)
            {
                thrown.Add($"{e.Exception.GetType().Name}: {HostileRequest.Excerpt(e.Exception.Message, 300)} @ {e.Exception.StackTrace?.Split('\n').FirstOrDefault()?.Trim()}");
            }
        }

        async Task<int> ProbeAsync(string role, HttpClient caller, IReadOnlyList<ApiOperation> probed, IdPool ids, int seed)
        {
            var started = watch.Elapsed;
            var random = new Random(seed);
            var count = 0;
            foreach (var operation in probed)
            {
                foreach (var request in generator.For(operation, ids, random, Budget))
                {
                    lock (thrown)
                    {
                        thrown.Clear();
                    }

                    using var answer = await caller.SendAsync(request.Message());
                    count++;
                    if ((int)answer.StatusCode >= 500)
                    {
                        string cause;
                        lock (thrown)
                        {
                            cause = string.Join(" | ", thrown.Where(t => !t.StartsWith("BusinessRule", StringComparison.Ordinal)).TakeLast(3));
                        }

                        failures.Add(new Failure(role, request, (int)answer.StatusCode, HostileRequest.Excerpt(await answer.Content.ReadAsStringAsync(), 300), cause));
                    }
                }
            }

            output.WriteLine($"{role}: {count} requests, {(watch.Elapsed - started).TotalSeconds:F0} s");
            return count;
        }
    }

    [Fact]
    public async Task Each_kind_of_input_the_probe_broke_is_refused_naming_the_field_and_stores_nothing()
    {
        var worker = await Factory.ApiAsync("worker05");
        var client = await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "探针老人", idNumber = TestIds.Make(new DateOnly(1950, 5, 5), male: true), sex = "male", address = "镇上" })).CreatedIdAsync();
        var visits = (await worker.GetFromJsonAsync<ListPage<object>>("/api/v1/socialwork/visits"))!.Total;
        var at = DateTimeOffset.UtcNow.AddHours(-1);

        // PostgreSQL refuses NUL in text: the search answered 500 there.
        await Refused(await worker.GetAsync("/api/v1/registry/clients?q=%E8%80%81%00"), "q", "空字符");
        await Refused(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client }, kind = "home", visitedAt = at, content = "探访\u0000内容" }), "content", "空字符");
        await Refused(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client }, kind = "home", visitedAt = at, content = "响铃\u0007" }), "content", "控制字符");
        await Refused(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client, null }, kind = "home", visitedAt = at, content = "内容" }), "clientIds[1]", "不能为空");
        await Refused(await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client }, kind = "home", visitedAt = at, content = "内容", needs = new object?[] { null } }), "needs[0]", "不能为空");
        await Refused(await worker.GetAsync("/api/v1/socialwork/visits?from=0001-01-01"), "from", "1800-01-01 至 2199-12-31");
        await Refused(await worker.GetAsync("/api/v1/ledger/summary?to=9999-12-31"), "to", "不是可用的日期");
        await Refused(await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = DateTime.UtcNow.AddHours(8).ToString("yyyy-MM-dd"), hours = 1e308, description = "很多小时" }), "hours", "无法识别");
        (await worker.GetFromJsonAsync<ListPage<object>>("/api/v1/socialwork/visits"))!.Total.Should().Be(visits, "nothing refused was stored");

        var admin = await Factory.ApiAsync("admin");
        await Refused(await admin.PostAsJsonAsync("/api/v1/ledger/projects", new { name = "溢出项目", startDate = "2027-01-01", endDate = "2027-12-31", annualHoursPerWorker = 2147483648m }), "annualHoursPerWorker", "超出范围");
        (await (await admin.PostAsJsonAsync("/api/v1/staff/supervision", new { date = "2026-01-05", hours = 2, mode = "inPerson", supervisor = "督导", topic = "主题", record = "记录", workerIds = (string[]?)null }))
            .ErrorsAsync()).Should().ContainKey("workerIds", "a null list reads as empty and meets the request's own rule");

        // Far pages read nothing instead of a negative offset, which PostgreSQL refuses.
        (await worker.GetAsync("/api/v1/notifications?page=2147483647&pageSize=200")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await worker.GetAsync($"/api/v1/registry/clients/{client}/timeline?page=2147483647&pageSize=100")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await worker.GetAsync("/api/v1/registry/clients?page=2147483647&pageSize=100")).StatusCode.Should().Be(HttpStatusCode.OK);

        var junk = new MultipartFormDataContent { { new ByteArrayContent([0x89, 0x50, 0x4E, 0x47, 1, 2, 3]), "file", "名单.xlsx" } };
        await Refused(await worker.PostAsync("/api/v1/registry/clients/import", junk), "file", "无法读取这个文件");
        var activity = await (await worker.PostAsJsonAsync("/api/v1/socialwork/activities", new { size = "large", theme = "探针活动", date = DateTime.UtcNow.AddHours(8).AddDays(-1).ToString("yyyy-MM-dd"), place = "活动室" })).CreatedIdAsync();
        (await worker.PostAsJsonAsync($"/api/v1/socialwork/activities/{activity}/files", new { photos = "x" })).StatusCode.Should().Be(HttpStatusCode.UnsupportedMediaType);
    }

    private static async Task Refused(HttpResponseMessage response, string field, string message)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest, text);
        var errors = JsonSerializer.Deserialize<ValidationProblemView>(text, JsonSerializerOptions.Web)!.Errors;
        errors.Should().ContainKey(field, text);
        errors[field].Should().ContainMatch($"*{message}*");
    }

    /// <summary>Up to five ids of each list the caller can read: the items' <c>id</c>, or <c>clientId</c> for a module's list of clients.</summary>
    private static async Task<IdPool> IdsAsync(HttpClient caller, IReadOnlyList<ApiOperation> operations)
    {
        var pools = new Dictionary<string, IReadOnlyList<string>>();
        foreach (var list in operations.Where(o => o.Method == "GET" && !o.PathParameters.Any() && IsJson(o.Path)))
        {
            var answer = await caller.GetAsync(list.Path);
            if (!answer.IsSuccessStatusCode || answer.Content.Headers.ContentType?.MediaType?.Contains("json") != true)
            {
                continue;
            }

            var items = JsonNode.Parse(await answer.Content.ReadAsStringAsync()) switch
            {
                JsonArray array => array,
                JsonObject page when page["items"] is JsonArray array => array,
                _ => [],
            };
            pools[list.Path] = items.OfType<JsonObject>()
                .Select(item => (item["id"] ?? item["clientId"])?.ToString())
                .OfType<string>()
                .Distinct()
                .Take(5)
                .ToList();
        }

        return new IdPool(pools);
    }

    /// <summary>
    /// Every JSON GET as the administrator: lists page by page (at most 40 pages), and each record route for the ids the
    /// probe aims at; keys sorted, lists sorted by their text, so only a change of data shows.
    /// </summary>
    private static async Task<SortedDictionary<string, string>> SnapshotAsync(HttpClient admin, IReadOnlyList<ApiOperation> operations, params IdPool[] targets)
    {
        var answers = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var read in operations.Where(o => o.Method == "GET" && IsJson(o.Path) && !Unrecorded(o.Path)))
        {
            foreach (var url in Urls(read, targets))
            {
                var paged = read.Parameters.Any(p => p.Name == "page");
                for (var page = 1; page <= (paged ? 40 : 1); page++)
                {
                    var pageUrl = paged ? $"{url}{(url.Contains('?') ? '&' : '?')}page={page}&pageSize=500" : url;
                    using var answer = await admin.GetAsync(pageUrl);
                    var text = await answer.Content.ReadAsStringAsync();
                    var json = answer.Content.Headers.ContentType?.MediaType?.Contains("json") == true ? Normalised(text) : $"({text.Length} bytes)";
                    answers[pageUrl] = $"{(int)answer.StatusCode} {json}";
                    var node = answer.IsSuccessStatusCode && text.StartsWith('{') ? JsonNode.Parse(text) : null;
                    if (node?["total"]?.GetValue<int>() is not { } total || node["pageSize"]?.GetValue<int>() is not { } size || page * size >= total)
                    {
                        break;
                    }
                }
            }
        }

        return answers;
    }

    private static IEnumerable<string> Urls(ApiOperation read, IdPool[] targets)
    {
        var parameters = read.PathParameters.ToList();
        if (parameters.Count == 0)
        {
            return [read.Path];
        }

        if (parameters.Count > 1)
        {
            return [];
        }

        var prefix = HostileRequests.Prefix(read.Path, parameters[0].Name);
        return targets.SelectMany(t => t.For(prefix, parameters[0].Name).Take(3)).Distinct()
            .Select(id => System.Text.RegularExpressions.Regex.Replace(read.Path, "\\{[^}]+\\}", Uri.EscapeDataString(id)));
    }

    /// <summary>
    /// Not records anyone changes: the audit log grows with every request (refused ones included), and the scheduler's
    /// list moves by itself (a job's last and next run; misfires run once after start-up). Running a job by hand is the
    /// administrator's alone, which the bureau's and the worker's refused requests to that route try.
    /// </summary>
    private static bool Unrecorded(string path) =>
        path.EndsWith("/audit", StringComparison.Ordinal) || path.Contains("/notifications/jobs", StringComparison.Ordinal);

    private static bool IsJson(string path) =>
        !path.EndsWith(".csv", StringComparison.Ordinal) && !path.EndsWith(".xlsx", StringComparison.Ordinal)
        && !path.EndsWith("/export", StringComparison.Ordinal) && !path.EndsWith("/template", StringComparison.Ordinal)
        && !path.Contains("/files/", StringComparison.Ordinal) && !path.Contains("/photos/", StringComparison.Ordinal);

    private static string Normalised(string json)
    {
        try
        {
            return Sorted(JsonNode.Parse(json))?.ToJsonString() ?? "null";
        }
        catch (JsonException)
        {
            return json;
        }
    }

    private static JsonNode? Sorted(JsonNode? node) => node switch
    {
        // A problem's trace id differs for every answer.
        JsonObject o => new JsonObject(o.Where(p => p.Key != "traceId").OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray(a.Select(Sorted).OrderBy(n => n?.ToJsonString(), StringComparer.Ordinal).ToArray()),
        _ => node?.DeepClone(),
    };
}

public sealed class HostileInputTestsOnSqlite(SqlitePlatform platform, ITestOutputHelper output) : HostileInputTests<SqlitePlatform>(platform, output);

public sealed class HostileInputTestsOnPostgres(PostgresPlatform platform, ITestOutputHelper output) : HostileInputTests<PostgresPlatform>(platform, output);
