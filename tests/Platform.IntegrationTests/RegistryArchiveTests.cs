using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Outbox;

namespace Platform.IntegrationTests;

/// <summary>The archive beyond the basic facts: its sections, needs, completion and the one 建档 credit; households; the timeline.</summary>
public abstract class RegistryArchiveTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record ArchiveView(bool Completed, List<string> Missing);

    private sealed record NeedLine(string StatusName);

    private sealed record ProfileView(string? Psychological);

    private sealed record ClientDetails(string IdNumber, ArchiveView Archive, List<NeedLine> Needs, ProfileView Profile);

    private sealed record CreatedNeed(long Id);

    private sealed record HouseholdMember(long Id, string Name, string Relation, string? ClientId);

    private sealed record Household(string Id, List<HouseholdMember> Members);

    private static readonly object FullSections = new
    {
        health = "高血压，控制尚可",
        chronicIllness = "高血压",
        selfCare = "partly",
        psychological = "情绪稳定，偶有孤独感",
        familyStructure = "独居，儿子在外务工",
        guardian = "儿子 王强 13800000000",
        incomeSources = "低保金、养老金",
        housing = "自有砖房，屋顶漏雨",
        supportNetwork = "邻居常来往",
    };

    private async Task<string> RegisterAsync(HttpClient worker, string name, DateOnly birth, bool male = false)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new
        {
            name,
            idNumber = TestIds.Make(birth, male),
            sex = male ? "male" : "female",
            phone = "13912340000",
            address = "莲塘镇南街 8 号",
            categories = new[] { "ELDER_SPECIAL" },
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<ClientDetails> DetailsOf(HttpClient worker, string id) =>
        (await worker.GetFromJsonAsync<ClientDetails>($"/api/v1/registry/clients/{id}"))!;

    private static async Task<ArchiveView> ArchiveOf(HttpClient worker, string id) => (await DetailsOf(worker, id)).Archive;

    [Fact]
    public async Task An_archive_completes_once_all_sections_and_a_need_are_filled_and_credits_ARCHIVE_once_through_the_outbox()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(worker, "王桂兰", new DateOnly(1944, 2, 2));

        var archive = await ArchiveOf(worker, id);
        archive.Completed.Should().BeFalse("the basic facts alone register a client");
        archive.Missing.Should().Contain(["生理状况：健康状况", "心理状况", "社会状况：收入来源", "需求：至少记录一项需求"]);

        var sections = await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", FullSections);
        sections.StatusCode.Should().Be(HttpStatusCode.OK);
        (await sections.Content.ReadFromJsonAsync<ArchiveView>())!.Missing.Should().Equal("需求：至少记录一项需求");
        (await Factory.OutboxAsync("registry")).Should().NotContain(m => m.MessageKey.Contains(id) && m.Type.Contains(nameof(RecordServiceHours)));

        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "housing", description = "屋顶漏雨需修缮", priority = "high" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        archive = await ArchiveOf(worker, id);
        archive.Completed.Should().BeTrue();

        // More edits and needs later do not credit the archive again.
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "psychological", description = "需要陪伴" })).EnsureSuccessStatusCode();
        (await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", FullSections)).EnsureSuccessStatusCode();

        var credits = (await Factory.OutboxAsync("registry")).Where(m => m.Type.Contains(nameof(RecordServiceHours)) && m.Payload.Contains(id)).ToList();
        var credit = credits.Should().ContainSingle().Subject;
        var payload = JsonSerializer.Deserialize<RecordServiceHours>(credit.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!;
        payload.IndicatorCode.Should().Be(Indicators.Archive);
        payload.Quantity.Should().Be(1);
        payload.SourceId.Should().Be($"archive:{id}");
        var me = await worker.MeAsync();
        payload.StationId.Should().Be(me.StationId);
        payload.WorkerId.Should().Be(me.Id);

        // The ledger credits it once, with the catalogue's 4 hours, linked back to the archive.
        await ModuleData.WaitUntilAsync(
            async () => (await worker.LedgerEntriesAsync($"indicator=ARCHIVE&workerId={payload.WorkerId}")).Any(e => e.SourceId == $"archive:{id}"),
            "the ledger entry");
        var entries = (await worker.LedgerEntriesAsync($"indicator=ARCHIVE&workerId={payload.WorkerId}")).Where(e => e.SourceId == $"archive:{id}").ToList();
        entries.Should().ContainSingle().Which.Hours.Should().Be(4);
        entries[0].Link.Should().Be($"/registry/clients/details/{id}");
    }

    [Fact]
    public async Task A_command_no_enabled_module_handles_waits_in_the_outbox_and_holds_nothing_up()
    {
        var worker = await Factory.ApiAsync("worker01");
        (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = "无人接收的命令", unhandledCommand = true })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = "之后的通知" })).StatusCode.Should().Be(HttpStatusCode.Created);

        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("probe")).Any(m => m.Type.Contains("UnhandledProbeCommand") && m.LastError is not null), "the delivery attempt");
        var messages = await Factory.OutboxAsync("probe");
        var waiting = messages.Single(m => m.Type.Contains("UnhandledProbeCommand"));
        waiting.ProcessedAt.Should().BeNull("a command waits for a module that handles it");
        waiting.LastError.Should().Be(OutboxDispatcher.WaitingForReceiver);
        await ModuleData.WaitUntilAsync(async () => (await Factory.OutboxAsync("probe")).Where(m => m.Id > waiting.Id).All(m => m.ProcessedAt is not null), "the later notification");
    }

    [Fact]
    public async Task Bad_section_and_need_input_is_a_400_naming_the_field_and_changes_nothing()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(worker, "李四妹", new DateOnly(1950, 5, 6));

        var tooLong = await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", new { psychological = new string('郁', 501) });
        tooLong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await tooLong.ErrorFieldsAsync()).Should().Contain(n => n.Equals("psychological", StringComparison.OrdinalIgnoreCase));

        foreach (var (need, field) in new (object, string)[] { (new { kind = "spaceship", description = "x" }, "kind"), (new { kind = "medical", description = " " }, "description") })
        {
            var response = await worker.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", need);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
            (await response.ErrorFieldsAsync()).Should().Contain(field);
        }

        var details = await DetailsOf(worker, id);
        details.Needs.Should().BeEmpty();
        details.Profile.Psychological.Should().BeNull();
    }

    [Fact]
    public async Task Another_stations_worker_gets_404_on_every_archive_household_and_timeline_route_and_the_bureau_403_on_writes()
    {
        var owner = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(owner, "赵大爷", new DateOnly(1940, 1, 9), male: true);
        var stranger = await Factory.ApiAsync("worker03");

        (await stranger.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", FullSections)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "care", description = "送餐" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PutAsJsonAsync($"/api/v1/registry/clients/{id}/needs/1", new { description = "送餐", status = "met" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/registry/clients/{id}/household")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/registry/clients/{id}/household", new { name = "老伴", relation = "配偶" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.DeleteAsync($"/api/v1/registry/clients/{id}/household/1")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/api/v1/registry/clients/{id}/timeline")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/registry/clients/{id}/timeline")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", FullSections)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "care", description = "送餐" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/registry/clients/{id}/household", new { name = "老伴", relation = "配偶" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        (await DetailsOf(owner, id)).Needs.Should().BeEmpty();
    }

    [Fact]
    public async Task Needs_change_status_and_open_ones_are_searchable_by_kind()
    {
        var worker = await Factory.ApiAsync("worker11");
        var id = await RegisterAsync(worker, "孙巧云", new DateOnly(1952, 7, 7));
        var needId = (await (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "legal", description = "赡养纠纷需法律援助" }))
            .Content.ReadFromJsonAsync<CreatedNeed>())!.Id;

        async Task<IEnumerable<string>> Found() =>
            (await worker.GetFromJsonAsync<ClientSearchPage>("/api/v1/registry/clients?need=legal"))!.Items.Select(i => i.Id);
        (await Found()).Should().Contain(id);

        var unmet = await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/needs/{needId}", new { description = "赡养纠纷需法律援助", status = "unmet" });
        unmet.StatusCode.Should().Be(HttpStatusCode.BadRequest, "an unmet need says why");

        (await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/needs/{needId}", new { description = "赡养纠纷需法律援助", status = "met", note = "司法所调解成功" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Found()).Should().NotContain(id, "a met need is no longer open");
        var need = (await DetailsOf(worker, id)).Needs.Single();
        need.StatusName.Should().Be("已满足");
    }

    [Fact]
    public async Task A_household_links_clients_and_named_relatives_and_a_client_belongs_to_one_household()
    {
        var worker = await Factory.ApiAsync("worker13");
        var grandmother = await RegisterAsync(worker, "钱奶奶", new DateOnly(1946, 3, 3));
        var childNumber = TestIds.Make(new DateOnly(2016, 9, 1), male: true);
        (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "钱小宝", idNumber = childNumber, sex = "male", address = "同上", categories = new[] { "LEFT_BEHIND" } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{grandmother}/household", new { memberIdNumber = childNumber, relation = "孙子女/外孙子女" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{grandmother}/household", new { name = "钱建国", relation = "子女", notes = "在广东务工" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var badRelation = await worker.PostAsJsonAsync($"/api/v1/registry/clients/{grandmother}/household", new { name = "某人", relation = "老乡" });
        badRelation.StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var household = (await worker.GetFromJsonAsync<Household>($"/api/v1/registry/clients/{grandmother}/household"))!;
        var members = household.Members;
        members.Select(m => (m.Name, m.Relation))
            .Should().Equal(("钱奶奶", "户主"), ("钱建国", "子女"), ("钱小宝", "孙子女/外孙子女"));
        var child = members.Single(m => m.Name == "钱小宝");
        child.ClientId.Should().NotBeNullOrEmpty();

        // The child's page shows the same household.
        var fromChild = await worker.GetFromJsonAsync<Household>($"/api/v1/registry/clients/{child.ClientId}/household");
        fromChild!.Id.Should().Be(household.Id);

        // The child cannot join a second household.
        var other = await RegisterAsync(worker, "周阿姨", new DateOnly(1960, 1, 1));
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{other}/household", new { memberIdNumber = childNumber, relation = "其他亲属" }))
            .StatusCode.Should().Be(HttpStatusCode.Conflict);

        var named = members.Single(m => m.Name == "钱建国").Id;
        (await worker.DeleteAsync($"/api/v1/registry/clients/{grandmother}/household/{named}")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.GetFromJsonAsync<Household>($"/api/v1/registry/clients/{grandmother}/household"))!.Members.Should().HaveCount(2);
    }

    [Fact]
    public async Task The_timeline_lists_the_registrys_events_and_what_modules_record_newest_first_and_hides_modules_that_are_off()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(worker, "吴婆婆", new DateOnly(1939, 12, 1));
        var visitAt = DateTimeOffset.UtcNow.AddMinutes(5);
        await Factory.SendAsSystemAsync(new RecordTimelineEntry("probe", "visit:1", id, visitAt, "入户探访", "身体尚好", "/probe/visits/1"));
        await Factory.SendAsSystemAsync(new RecordTimelineEntry("probe", "visit:1", id, visitAt, "入户探访（已修改）", "身体尚好，需送药", "/probe/visits/1"));
        await Factory.SendAsSystemAsync(new RecordTimelineEntry("retired-module", "x:1", id, visitAt.AddMinutes(1), "已停用模块的记录"));

        var timeline = await worker.TimelineAsync(id);
        var titles = timeline.Items.Select(i => i.Title).ToList();
        titles.Should().Equal("入户探访（已修改）", "登记建档");
        timeline.Items[0].Link.Should().Be("/probe/visits/1");

        await Factory.SendAsSystemAsync(new RemoveTimelineEntries("probe", "visit:1"));
        (await worker.TimelineAsync(id)).Items.Select(i => i.Title).Should().Equal("登记建档");
    }

    [Fact]
    public async Task A_module_puts_its_records_on_the_timeline_through_its_outbox()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(worker, "冯阿婆", new DateOnly(1941, 4, 4));
        (await worker.PostAsJsonAsync("/api/v1/probe/records", new { text = "探访发现行动不便", clientId = id })).StatusCode.Should().Be(HttpStatusCode.Created);

        await ModuleData.WaitUntilAsync(
            async () => (await worker.TimelineAsync(id)).Total == 2,
            "the probe's timeline entry");
        var entry = (await worker.TimelineAsync(id)).Items[0];
        entry.Title.Should().Be("探针记录");
        entry.Summary.Should().Be("探访发现行动不便");
        entry.Module.Should().Be("probe");
    }

    [Fact]
    public async Task Name_search_finds_any_part_and_follows_a_rename()
    {
        var worker = await Factory.ApiAsync("worker05");
        var id = await RegisterAsync(worker, "诸葛翠花", new DateOnly(1958, 8, 8));

        async Task<bool> Finds(string q) =>
            (await worker.GetFromJsonAsync<ClientSearchPage>($"/api/v1/registry/clients?q={Uri.EscapeDataString(q)}"))!.Items.Any(i => i.Id == id);
        foreach (var part in new[] { "诸", "葛翠", "翠花", "葛翠花", "诸葛翠花" })
        {
            (await Finds(part)).Should().BeTrue(part);
        }

        (await Finds("花翠")).Should().BeFalse();
        var details = await DetailsOf(worker, id);
        (await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}", new
        {
            name = "诸葛秋菊",
            idNumber = details.IdNumber,
            sex = "female",
            phone = "13912340000",
            address = "莲塘镇南街 8 号",
            categories = new[] { "ELDER_SPECIAL" },
        })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await Finds("翠花")).Should().BeFalse("the old name's parts are gone from the index");
        (await Finds("秋菊")).Should().BeTrue();
        (await Finds("诸葛")).Should().BeTrue();
    }

    [Fact]
    public async Task Deleting_a_completed_archive_retracts_its_credit_and_its_timeline()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = await RegisterAsync(worker, "郑重复", new DateOnly(1955, 5, 5), male: true);
        (await worker.PutAsJsonAsync($"/api/v1/registry/clients/{id}/archive", FullSections)).EnsureSuccessStatusCode();
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{id}/needs", new { kind = "care", description = "助餐" })).EnsureSuccessStatusCode();

        var admin = await Factory.ApiAsync("admin");
        (await admin.DeleteAsync($"/api/v1/registry/clients/{id}?reason={Uri.EscapeDataString("重复建档")}")).StatusCode.Should().Be(HttpStatusCode.NoContent);

        var retraction = (await Factory.OutboxAsync("registry")).Should().ContainSingle(m => m.Type.Contains(nameof(RetractServiceHours)) && m.Payload.Contains(id)).Subject;
        JsonSerializer.Deserialize<RetractServiceHours>(retraction.Payload, new JsonSerializerOptions(JsonSerializerDefaults.Web))!.Reason.Should().Be("重复建档");
        (await admin.GetAsync($"/api/v1/registry/clients/{id}/timeline")).StatusCode.Should().Be(HttpStatusCode.NotFound);
    }
}

public sealed class RegistryArchiveTestsOnSqlite(SqlitePlatform platform) : RegistryArchiveTests<SqlitePlatform>(platform);

public sealed class RegistryArchiveTestsOnPostgres(PostgresPlatform platform) : RegistryArchiveTests<PostgresPlatform>(platform);

/// <summary>
/// Across all stations a search counts up to a limit and, past it, reads the page in name order from the index
/// instead of sorting every match: the limit is set low here so that a handful of clients takes that path.
/// </summary>
public sealed class RegistryLargeResultTests : IAsyncLifetime
{
    private PlatformDatabase _database = null!;
    private PlatformFactory _factory = null!;

    public async Task InitializeAsync()
    {
        _database = await PlatformDatabase.DemoDistrictAsync(Platform.Modularity.Data.DatabaseProvider.Sqlite);
        _factory = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Registry:SearchCountLimit"] = "3" });
    }

    public async Task DisposeAsync()
    {
        await _factory.DisposeAsync();
        _database.Dispose();
    }

    [Fact]
    public async Task Past_the_count_limit_the_bureau_gets_the_same_name_ordered_page_and_an_at_least_total()
    {
        var stations = new[] { "worker01", "worker03", "worker05", "worker07", "worker09" };
        var names = new[] { "覃五", "覃一", "覃四", "覃二", "覃三" };
        for (var i = 0; i < names.Length; i++)
        {
            var worker = await _factory.ApiAsync(stations[i]);
            (await worker.PostAsJsonAsync("/api/v1/registry/clients", new
            {
                name = names[i],
                idNumber = TestIds.Make(new DateOnly(1950 + i, 1, 1), male: true),
                sex = "male",
                address = "某村",
                categories = new[] { i % 2 == 0 ? "SMI" : "DIBAO" },
            })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        var bureau = await _factory.ApiAsync("bureau");
        var page = (await bureau.GetFromJsonAsync<ClientSearchPage>($"/api/v1/registry/clients?q={Uri.EscapeDataString("覃")}&pageSize=2"))!;
        page.Total.Should().Be(3);
        page.TotalIsAtLeast.Should().BeTrue();
        page.Items.Select(i => i.Name).Should().Equal("覃一", "覃三");
        var second = await bureau.GetFromJsonAsync<ClientSearchPage>($"/api/v1/registry/clients?q={Uri.EscapeDataString("覃")}&pageSize=2&page=2");
        second!.Items.Select(i => i.Name).Should().Equal("覃二", "覃五");

        // Combined with a category, still only matching clients, in name order.
        var smi = (await bureau.GetFromJsonAsync<ClientSearchPage>($"/api/v1/registry/clients?q={Uri.EscapeDataString("覃")}&category=SMI"))!;
        smi.TotalIsAtLeast.Should().BeFalse();
        smi.Items.Select(i => i.Name).Should().Equal("覃三", "覃五", "覃四");

        // Under the limit, the count is exact; a station worker always gets the exact count of their station.
        var worker01 = await _factory.ApiAsync("worker01");
        var own = (await worker01.GetFromJsonAsync<ClientSearchPage>($"/api/v1/registry/clients?q={Uri.EscapeDataString("覃")}"))!;
        own.Total.Should().Be(1);
        own.TotalIsAtLeast.Should().BeFalse();

        var list = await (await _factory.BrowserAsync("bureau")).GetPageAsync($"/registry/clients?q={Uri.EscapeDataString("覃")}");
        list.Body!.TextContent.Should().Contain("共 3 条以上");
    }
}

/// <summary>A page of <c>GET /api/v1/registry/clients</c>, as both classes above read it.</summary>
file sealed record ClientSearchPage(List<ClientSearchLine> Items, int Total, bool TotalIsAtLeast);

file sealed record ClientSearchLine(string Id, string Name);
