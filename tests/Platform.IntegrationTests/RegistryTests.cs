using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Registry;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The client registry: registration rules, one archive per ID number, station scoping, masking and audit.</summary>
public abstract class RegistryTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record PickMatch(string Id, string Name, string? MaskedIdNumber);

    private sealed record StationLine(string Id, string Name);

    private static object Person(string name, string idNumber, string sex = "female", params string[] categories) =>
        new { name, idNumber, sex, phone = "13912345678", address = "莲塘镇东街 1 号", categories };

    [Fact]
    public async Task Registering_with_basic_facts_derives_birth_date_and_sex_from_the_id_number()
    {
        var worker = await Factory.ApiAsync("worker01");
        var id = TestIds.Make(new DateOnly(1948, 3, 5), male: false);
        var created = await worker.PostAsJsonAsync("/api/v1/registry/clients", Person("张秀英", id, "female", "DIBAO", "ELDER_SPECIAL"));
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var clientId = await created.CreatedIdAsync();

        var client = await worker.ClientAsync(clientId);
        client.IdNumber.Should().Be(id);
        client.BirthDate.Should().Be(new DateOnly(1948, 3, 5));
        client.Sex.Should().Be("female");
        client.Categories.Select(c => c.Code).Should().BeEquivalentTo("DIBAO", "ELDER_SPECIAL");
    }

    [Theory]
    [InlineData("340524198001010013", "female", "idNumber", "校验位")]
    [InlineData("110105194902300021", "female", "idNumber", "出生日期")]
    [InlineData("11010519491231002X", "male", "sex", "性别与身份证号不符")]
    [InlineData("", "male", "idNumber", "请填写身份证号")]
    public async Task Bad_identity_input_is_a_400_naming_the_field_and_changes_nothing(string idNumber, string sex, string field, string message)
    {
        var worker = await Factory.ApiAsync("worker05");
        var before = (await worker.ClientsAsync("pageSize=1")).Total;
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", Person("错误输入", idNumber, sex));
        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await response.ErrorsAsync())[field][0].Should().Contain(message);
        (await worker.ClientsAsync("pageSize=1")).Total.Should().Be(before);
    }

    [Fact]
    public async Task A_person_without_an_id_number_is_registered_with_a_stated_reason()
    {
        var response = await (await Factory.ApiAsync("worker07")).PostAsJsonAsync("/api/v1/registry/clients",
            new { name = "无名氏（约六十岁）", sex = "male", noIdReason = "身份不明的流浪人员，正在寻亲", categories = new[] { "VAGRANT" } });
        response.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = await response.CreatedIdAsync();
        var page = await (await Factory.BrowserAsync("worker07")).GetPageAsync($"/registry/clients/details/{id}");
        page.QuerySelector("#full-id-number")!.TextContent.Should().Be("无（身份不明的流浪人员，正在寻亲）");
    }

    [Fact]
    public async Task One_id_number_is_one_archive_the_second_registration_gets_409_naming_only_the_station()
    {
        var id = TestIds.Make(new DateOnly(1955, 7, 1), male: true);
        (await (await Factory.ApiAsync("worker01")).PostAsJsonAsync("/api/v1/registry/clients", Person("李建国", id, "male"))).StatusCode.Should().Be(HttpStatusCode.Created);

        var second = await (await Factory.ApiAsync("worker03")).PostAsJsonAsync("/api/v1/registry/clients", Person("李建国", id, "male"));
        second.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var body = await second.Content.ReadAsStringAsync();
        body.Should().Contain("莲塘镇民政服务站").And.NotContain("李建国").And.NotContain("13912345678");
    }

    [Fact]
    public async Task Another_stations_client_does_not_exist_for_a_worker_on_any_route()
    {
        var own = await Factory.ApiAsync("worker01");
        var created = await own.PostAsJsonAsync("/api/v1/registry/clients", Person("王桂兰", TestIds.Make(new DateOnly(1950, 1, 2), male: false), "female", "ELDER_SPECIAL"));
        var clientId = await created.CreatedIdAsync();

        var other = await Factory.ApiAsync("worker03");
        (await other.GetAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/v1/registry/clients/{clientId}", Person("改名", TestIds.Make(new DateOnly(1950, 1, 2), male: false)))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.ClientsAsync("q=王桂兰")).Items.Should().BeEmpty();
        (await (await Factory.BrowserAsync("worker03")).GetAsync($"/registry/clients/details/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        (await (await Factory.ApiAsync("lead")).GetAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await (await Factory.ApiAsync("bureau")).GetAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await own.ClientAsync(clientId)).Name.Should().Be("王桂兰");
    }

    [Fact]
    public async Task Several_clients_asked_at_once_come_back_only_where_the_caller_may_see_them()
    {
        var own = await Factory.ApiAsync("worker01");
        var first = await RegisterAsync(own, Person("赵一户", TestIds.Make(new DateOnly(1951, 4, 1), male: false)));
        var second = await RegisterAsync(own, Person("赵二户", TestIds.Make(new DateOnly(1953, 4, 1), male: true), "male"));
        var elsewhere = await RegisterAsync(await Factory.ApiAsync("worker03"), Person("钱别站", TestIds.Make(new DateOnly(1952, 4, 1), male: false)));

        var seen = await Factory.SendAsAsync("worker01", new GetClients([second, elsewhere, "no-such-client", first, second]));
        seen.Select(c => c.Name).Should().Equal("赵二户", "赵一户");
        seen.Should().OnlyContain(c => c.MaskedIdNumber != null && c.MaskedIdNumber.Contains('*'));

        var lead = await Factory.SendAsAsync("lead", new GetClients([first, elsewhere]));
        lead.Select(c => c.Name).Should().Equal("赵一户", "钱别站");
        (await Factory.SendAsAsync("worker01", new GetClients([]))).Should().BeEmpty();
    }

    [Fact]
    public async Task The_client_picker_finds_the_callers_own_clients_by_name_or_id_digits_and_refuses_bad_input_in_chinese()
    {
        var own = await Factory.ApiAsync("worker02");
        var idNumber = TestIds.Make(new DateOnly(1947, 8, 8), male: false);
        var id = await RegisterAsync(own, Person("孙选人", idNumber));

        var byName = await own.GetFromJsonAsync<List<PickMatch>>("/api/v1/clients/pick?q=选人");
        var match = byName.Should().ContainSingle(m => m.Id == id).Subject;
        match.Name.Should().Be("孙选人");
        match.MaskedIdNumber.Should().NotBe(idNumber).And.EndWith(idNumber[^4..]);
        (await own.GetFromJsonAsync<List<PickMatch>>($"/api/v1/clients/pick?q={idNumber[^6..]}")).Should().Contain(m => m.Id == id);
        (await (await Factory.ApiAsync("worker03")).GetFromJsonAsync<List<PickMatch>>("/api/v1/clients/pick?q=孙选人")).Should().BeEmpty();
        (await (await Factory.BrowserAsync("worker02")).GetFromJsonAsync<List<PickMatch>>("/api/v1/clients/pick?q=孙选人")).Should().ContainSingle("the page's own cookie is enough for the picker's script");

        foreach (var (query, field) in new[] { ("q=", "q"), ("q=%20%20", "q"), ("", "q"), ($"q={new string('张', 51)}", "q"), ("q=孙&limit=21", "limit"), ("q=孙&limit=abc", "limit"), ("q=孙&limit=0", "limit") })
        {
            var response = await own.GetAsync("/api/v1/clients/pick?" + query);
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, query);
            response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
            (await response.ErrorsAsync())[field][0].Should().MatchRegex("[\u4e00-\u9fff]", query);
        }

        (await Factory.Anonymous().GetAsync("/api/v1/clients/pick?q=孙")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
    }

    private static async Task<string> RegisterAsync(HttpClient worker, object person)
    {
        var created = await worker.PostAsJsonAsync("/api/v1/registry/clients", person);
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        return await created.CreatedIdAsync();
    }

    [Fact]
    public async Task The_bureau_reads_but_cannot_register_or_change()
    {
        var bureau = await Factory.ApiAsync("bureau");
        var response = await bureau.PostAsJsonAsync("/api/v1/registry/clients", Person("不应写入", TestIds.Make(new DateOnly(1960, 1, 1), male: true), "male"));
        response.StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await Factory.BrowserAsync("bureau")).GetAsync("/registry/clients/register")).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await bureau.GetAsync("/api/v1/registry/clients")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Lists_mask_id_numbers_and_phones_and_search_by_name_part_id_suffix_full_id_and_category()
    {
        var worker = await Factory.ApiAsync("worker09");
        var id = TestIds.Make(new DateOnly(2015, 6, 1), male: true);
        await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "欧阳小明", idNumber = id, sex = "male", phone = "13800001111", categories = new[] { "LEFT_BEHIND" } });

        foreach (var query in new[] { "q=阳小", $"q={id[^6..]}", $"q={id}", "category=LEFT_BEHIND", "q=13800001111", "q=01111" })
        {
            var items = (await worker.ClientsAsync(query)).Items;
            var row = items.Should().ContainSingle(i => i.Name == "欧阳小明", query).Subject;
            row.IdNumber.Should().Be(id[..6] + "********" + id[^4..]);
            row.Phone.Should().Be("138****1111");
        }

        var page = await (await Factory.BrowserAsync("worker09")).GetPageAsync("/registry/clients?q=欧阳");
        page.QuerySelector("#clients")!.TextContent.Should().Contain("欧阳小明").And.NotContain(id);
    }

    [Fact]
    public async Task Viewing_the_full_id_number_is_written_to_the_audit_log()
    {
        var worker = await Factory.ApiAsync("worker11");
        var created = await worker.PostAsJsonAsync("/api/v1/registry/clients", Person("赵淑珍", TestIds.Make(new DateOnly(1941, 9, 9), male: false)));
        var clientId = await created.CreatedIdAsync();
        (await (await Factory.BrowserAsync("worker11")).GetPageAsync($"/registry/clients/details/{clientId}")).QuerySelector("#full-id-number")!.TextContent.Should().MatchRegex("^[0-9]{17}[0-9X]$");

        var audit = await (await Factory.ApiAsync("admin")).AuditAsync("userName=worker11&action=完整身份证号");
        audit.Should().Contain(e => e.Target == clientId);
    }

    [Fact]
    public async Task An_edit_is_audited_field_by_field_with_old_and_new_values()
    {
        var worker = await Factory.ApiAsync("worker12");
        var id = TestIds.Make(new DateOnly(1944, 2, 2), male: true);
        var created = await worker.PostAsJsonAsync("/api/v1/registry/clients", Person("涂水生", id, "male", "DIBAO"));
        var clientId = await created.CreatedIdAsync();

        var update = new { name = "涂水生", idNumber = id, sex = "male", phone = "13512340000", address = "莲塘镇东街 1 号", village = "东湖村", categories = new[] { "DIBAO", "ELDER_SPECIAL" } };
        (await worker.PutAsJsonAsync($"/api/v1/registry/clients/{clientId}", update)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        await Factory.OutboxesDeliveredAsync();
        var audit = await (await Factory.ApiAsync("admin")).AuditAsync("userName=worker12&action=修改服务对象档案");
        var detail = audit.Single(e => e.Target == clientId).Detail;
        detail.Should().Contain("电话：139****5678 → 135****0000")
            .And.Contain("村（社区）：（空） → 东湖村")
            .And.Contain("类别：最低生活保障对象 → 最低生活保障对象、特殊困难老年人")
            .And.NotContain("姓名");
    }

    [Fact]
    public async Task The_lead_transfers_a_client_with_its_history_a_worker_cannot()
    {
        var worker01 = await Factory.ApiAsync("worker01");
        var created = await worker01.PostAsJsonAsync("/api/v1/registry/clients", Person("搬家户", TestIds.Make(new DateOnly(1958, 4, 4), male: false)));
        var clientId = await created.CreatedIdAsync();
        var stations = await (await Factory.ApiAsync("lead")).GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations");
        var target = stations!.Single(s => s.Name == "向塘镇民政服务站").Id;

        (await worker01.PostAsJsonAsync($"/api/v1/registry/clients/{clientId}/transfer", new { stationId = target, reason = "迁居向塘" }))
            .StatusCode.Should().Be(HttpStatusCode.Forbidden, "a worker may not move a client into another station");
        (await (await Factory.ApiAsync("lead")).PostAsJsonAsync($"/api/v1/registry/clients/{clientId}/transfer", new { stationId = target, reason = "" }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await (await Factory.ApiAsync("lead")).PostAsJsonAsync($"/api/v1/registry/clients/{clientId}/transfer", new { stationId = target, reason = "迁居向塘" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await worker01.GetAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "the old station no longer sees the client");
        var moved = await (await Factory.ApiAsync("worker03")).ClientAsync(clientId);
        moved.StationId.Should().Be(target);
        var history = moved.Transfers.Single();
        history.Reason.Should().Be("迁居向塘");
        history.ByUser.Should().Be("lead");
    }

    [Fact]
    public async Task Archiving_hides_a_client_from_lists_keeps_the_record_and_only_the_administrator_deletes_with_a_reason()
    {
        var worker = await Factory.ApiAsync("worker14");
        var created = await worker.PostAsJsonAsync("/api/v1/registry/clients", Person("归档测试", TestIds.Make(new DateOnly(1930, 1, 1), male: false)));
        var clientId = await created.CreatedIdAsync();

        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{clientId}/archive", new { reason = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{clientId}/archive", new { reason = "已去世" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.ClientsAsync("q=归档测试")).Total.Should().Be(0);
        (await worker.ClientAsync(clientId)).ArchiveReason.Should().Be("已去世");

        (await worker.DeleteAsync($"/api/v1/registry/clients/{clientId}?reason=重复")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await (await Factory.ApiAsync("lead")).DeleteAsync($"/api/v1/registry/clients/{clientId}?reason=重复")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var admin = await Factory.ApiAsync("admin");
        (await admin.DeleteAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.BadRequest, "a hard delete needs a reason");
        (await admin.DeleteAsync($"/api/v1/registry/clients/{clientId}?reason=录入错误")).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await admin.GetAsync($"/api/v1/registry/clients/{clientId}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        await Factory.OutboxesDeliveredAsync();
        var audit = await admin.AuditAsync("userName=admin&action=彻底删除服务对象");
        audit.Should().Contain(e => e.Target == clientId && e.Detail == "录入错误");
    }

    [Fact]
    public async Task The_dashboard_widget_counts_the_callers_own_clients_by_category()
    {
        var api = await Factory.ApiAsync("worker06");
        var own = (await api.ClientsAsync("pageSize=1")).Total;
        var widget = await (await Factory.BrowserAsync("worker06")).GetPageAsync("/registry/widgets/summary");
        int.Parse(widget.QuerySelector("#client-total")!.TextContent).Should().Be(own);

        var all = (await (await Factory.ApiAsync("bureau")).ClientsAsync("pageSize=1")).Total;
        var bureauWidget = await (await Factory.BrowserAsync("bureau")).GetPageAsync("/registry/widgets/summary");
        int.Parse(bureauWidget.QuerySelector("#client-total")!.TextContent).Should().Be(all).And.BeGreaterThan(own);
        bureauWidget.QuerySelector("#client-categories")!.TextContent.Should().Contain("最低生活保障对象");
    }

    [Fact]
    public async Task A_worker_registers_a_client_through_the_form_and_sees_field_messages_in_chinese()
    {
        var browser = await Factory.BrowserAsync("worker13");
        var bad = await browser.PostFormAsync("/registry/clients/register", new() { ["Input.Name"] = "刘大妈", ["Input.IdNumber"] = "340524198001010013", ["Input.Sex"] = "Female" });
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("身份证号校验位不正确");

        var id = TestIds.Make(new DateOnly(1952, 12, 12), male: false);
        var good = await browser.PostFormAsync("/registry/clients/register", new()
        {
            ["Input.Name"] = "刘大妈", ["Input.IdNumber"] = id, ["Input.Sex"] = "Female", ["Input.Phone"] = "13700000000", ["Input.Categories"] = "TEKUN_FS",
        });
        good.StatusCode.Should().Be(HttpStatusCode.Redirect);
        var details = await browser.GetPageAsync(good.Headers.Location!.ToString());
        details.QuerySelector("#client-name")!.TextContent.Should().Be("刘大妈");
        details.QuerySelector("#categories")!.TextContent.Should().Contain("特困人员（分散供养）");
    }
}

public sealed class RegistryTestsOnSqlite(SqlitePlatform platform) : RegistryTests<SqlitePlatform>(platform);

public sealed class RegistryTestsOnPostgres(PostgresPlatform platform) : RegistryTests<PostgresPlatform>(platform);
