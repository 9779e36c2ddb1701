using MiniExcelLibs;
using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>The audit log: what is written for allowed, denied and refused actions, and who may read it.</summary>
public abstract class AuditTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    [Fact]
    public async Task Changes_refusals_denials_and_log_ins_are_audited()
    {
        var admin = await Factory.BrowserAsync("admin");
        var code = "A" + Random.Shared.Next(1000, 9999);
        await admin.PostFormAsync("/staff/stations/create", new() { ["Input.Code"] = code, ["Input.Name"] = $"审计{code}站", ["Input.Town"] = "审计镇" });
        await admin.PostFormAsync("/staff/stations/create", new() { ["Input.Code"] = code, ["Input.Name"] = $"重复{code}站", ["Input.Town"] = "审计镇" });
        await (await Factory.ApiAsync("bureau")).PostAsJsonAsync("/api/v1/probe/records", new { text = "只读用户写入" });
        await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker07", password = "not-the-password" });

        var api = await Factory.ApiAsync("admin");
        await Factory.OutboxesDeliveredAsync();
        var created = await api.AuditAsync("userName=admin&action=新建站点");
        created.Should().Contain(e => e.Outcome == "succeeded");
        created.Should().Contain(e => e.Outcome == "refused" && e.Detail!.Contains($"站点编码 {code} 已被使用"));

        (await api.AuditAsync("userName=bureau&action=登记探针记录")).Should().Contain(e => e.Outcome == "denied");
        (await api.AuditAsync("userName=worker07&action=登录")).Should().Contain(e => e.Outcome == "denied");
        (await api.AuditAsync("userName=admin&action=登录")).Should().Contain(e => e.Outcome == "succeeded");

        var page = await admin.GetPageAsync("/staff/audit?user=admin&action=新建站点");
        var rows = page.QuerySelectorAll("#audit tbody tr");
        rows.Should().NotBeEmpty();
        rows[0].Children[1].TextContent.Should().Be("系统管理员（admin）", "people are named, their user name beside");

        var download = await admin.GetAsync("/staff/audit?handler=Export&user=admin&action=新建站点");
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheet = (await download.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        sheet.Should().HaveCount(rows.Length, "the download has the rows the search shows");
        sheet.Should().OnlyContain(r => (string)r["用户"] == "系统管理员（admin）" && ((string)r["操作"]).StartsWith("新建站点"));
        sheet.Select(r => (string)r["结果"]).Should().Contain("成功").And.Contain(r => r.StartsWith("未通过"));
    }

    [Fact]
    public async Task The_log_names_the_stations_accounts_and_records_it_keeps_by_id()
    {
        await Factory.OutboxesDeliveredAsync();
        var admin = await Factory.ApiAsync("admin");
        // Every credit entry, a page of 200 at a time: which module's credits come first depends on the order outboxes deliver.
        var credits = new ListPage<AuditWordsView>([], 0);
        for (var page = 1; page == 1 || credits.Items.Count < credits.Total; page++)
        {
            var read = await admin.GetFromJsonAsync<ListPage<AuditWordsView>>($"/api/v1/staff/audit?action=记入服务时长&pageSize=200&page={page}");
            credits = new ListPage<AuditWordsView>([.. credits.Items, .. read!.Items], read.Total);
            if (read.Items.Count == 0)
            {
                break;
            }
        }

        credits.Items.Should().NotBeEmpty("the demo district's credits are delivered through the ledger, each audited");
        credits.Items.Should().OnlyContain(e => e.Who == "系统（自动）");
        credits.Items.Should().Contain(e => e.What == "探访记录" || e.What == "服务对象建档" || e.What == "督导记录");
        credits.Items.Should().NotContain(e => System.Text.RegularExpressions.Regex.IsMatch(e.What ?? "", "^[a-z-]+:[a-z-]+:"), "every module names the kinds of its records (救助复核, 志愿服务活动), none is shown by its key");
        credits.Items.Should().NotContain(e => System.Text.RegularExpressions.Regex.IsMatch(e.Detail ?? "", "[0-9a-f]{32}"), "stations are named, not given by id");
        credits.Items.Should().Contain(e => e.Detail!.Contains("民政服务站"));
    }

    private sealed record AuditWordsView(string Who, string? What, string? Detail);

    [Fact]
    public async Task A_changes_entry_is_committed_with_it_and_a_search_by_a_full_id_number_is_audited()
    {
        var worker = await Factory.ApiAsync("worker03");
        var idNumber = TestIds.Make(new DateOnly(1950, 1, 5), male: true);
        var clientId = await (await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "审计对象", idNumber, sex = "male", address = "镇上" })).CreatedIdAsync();
        (await Factory.OutboxAsync("registry")).Should().Contain(
            m => m.MessageKey.StartsWith("audit:") && m.Payload.Contains(clientId),
            "the entry is in the registry's own database, committed with the client it records");

        (await worker.GetAsync($"/api/v1/registry/clients?q={idNumber}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await worker.GetAsync("/api/v1/registry/clients?q=审计")).StatusCode.Should().Be(HttpStatusCode.OK);
        await Factory.OutboxesDeliveredAsync();

        var admin = await Factory.ApiAsync("admin");
        (await admin.AuditAsync("userName=worker03&action=登记服务对象")).Should().ContainSingle(e => e.Target == clientId, "delivered once");
        (await admin.AuditAsync("userName=worker03&action=按身份证号查询")).Should().ContainSingle()
            .Which.Target.Should().Be(Platform.Contracts.Masking.IdNumber(idNumber), "a search by name is not audited; one naming a person is");
    }

    [Theory]
    [InlineData("worker01")]
    [InlineData("lead")]
    [InlineData("bureau")]
    public async Task Only_the_administrator_reads_the_audit_log(string user)
    {
        (await (await Factory.ApiAsync(user)).GetAsync("/api/v1/staff/audit")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var page = await (await Factory.BrowserAsync(user)).GetAsync("/staff/audit");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/account/access-denied");
    }
}

public sealed class AuditTestsOnSqlite(SqlitePlatform platform) : AuditTests<SqlitePlatform>(platform);

public sealed class AuditTestsOnPostgres(PostgresPlatform platform) : AuditTests<PostgresPlatform>(platform);
