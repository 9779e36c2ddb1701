using System.Net;
using System.Net.Http.Headers;
using System.Net.Http.Json;
using MiniExcelLibs;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>Roster import (row-by-row report, idempotent) and masked export.</summary>
public abstract class RegistryImportTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record ImportReport(int Imported, int Updated, List<ImportProblem> Rejected);

    private sealed record ImportProblem(int Row, string Field, string Message);

    [Fact]
    public async Task An_import_saves_good_rows_reports_bad_ones_by_row_and_field_and_a_second_import_duplicates_nothing()
    {
        var elsewhere = TestIds.Make(new DateOnly(1961, 5, 5), male: true);
        (await (await Factory.ApiAsync("worker03")).PostAsJsonAsync("/api/v1/registry/clients", new { name = "外站老人", idNumber = elsewhere, sex = "male" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);

        var good1 = TestIds.Make(new DateOnly(1950, 10, 1), male: false);
        var good2 = TestIds.Make(new DateOnly(2012, 3, 3), male: true);
        var rows = new[]
        {
            Row("导入甲", good1, "女", "最低生活保障对象；特殊困难老年人"),     // row 2: good
            Row("导入乙", "340524198001010013", "男", null),                  // row 3: bad checksum
            Row("导入丙", good2, "女", null),                                  // row 4: sex does not match the ID
            Row("导入丁", good2, "男", "留守儿童；不存在的类别"),                 // row 5: unknown category
            Row("导入甲", good1, "女", null),                                  // row 6: same person as row 2
            Row("外站老人", elsewhere, "男", null),                            // row 7: registered at another station
            Row("导入戊", null, "男", "生活无着流浪乞讨人员", noIdReason: "身份不明"), // row 8: good without an ID number
            Row("导入己", good2, null, "LEFT_BEHIND"),                         // row 9: good, sex taken from the ID number
        };

        var worker = await Factory.ApiAsync("worker01");
        var first = await ImportAsync(worker, rows);
        first.Imported.Should().Be(3);
        first.Updated.Should().Be(0);
        var rejected = first.Rejected;
        rejected.Select(r => (r.Row, r.Field)).Should().Equal((3, "idNumber"), (4, "sex"), (5, "categories"), (6, "idNumber"), (7, "idNumber"));
        rejected.Single(r => r.Row == 7).Message.Should().Contain("向塘镇民政服务站").And.NotContain("外站老人");
        rejected.Should().OnlyContain(r => r.Message.Any(c => c >= 0x4e00 && c <= 0x9fff), "every reason is in Chinese");

        (await Names(worker, "导入")).Should().BeEquivalentTo("导入甲", "导入戊", "导入己");

        var second = await ImportAsync(worker, rows);
        second.Imported.Should().Be(0);
        second.Updated.Should().Be(3);
        (await Names(worker, "导入")).Should().HaveCount(3, "importing the same file twice creates no duplicates");
    }

    [Fact]
    public async Task The_export_holds_the_search_with_id_numbers_and_phones_masked_and_is_audited()
    {
        var worker = await Factory.ApiAsync("worker05");
        var id = TestIds.Make(new DateOnly(1939, 8, 8), male: false);
        await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name = "导出测试人", idNumber = id, sex = "female", phone = "13688887777", categories = new[] { "TEKUN_FS" } });

        var response = await worker.GetAsync("/api/v1/registry/clients/export?q=导出测试");
        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        var sheet = (await response.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        var row = sheet.Should().ContainSingle().Subject;
        row["姓名"].Should().Be("导出测试人");
        row["身份证号"].Should().Be(id[..6] + "********" + id[^4..]);
        row["联系电话"].Should().Be("136****7777");
        row["类别"].Should().Be("特困人员（分散供养）");

        var audit = await (await Factory.ApiAsync("admin")).AuditAsync("userName=worker05&action=导出服务对象名单");
        audit.Should().NotBeEmpty();
    }

    [Fact]
    public async Task Imports_through_the_api_need_a_bearer_token_of_a_role_that_may_register()
    {
        var content = Form(Sheet([Row("拒绝导入", TestIds.Make(new DateOnly(1970, 1, 1), male: true), "男", null)]));
        (await (await Factory.ApiAsync("bureau")).PostAsync("/api/v1/registry/clients/import", content)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        var browser = await Factory.BrowserAsync("worker01");
        (await browser.PostAsync("/api/v1/registry/clients/import", Form(Sheet([Row("拒绝导入", TestIds.Make(new DateOnly(1970, 1, 1), male: true), "男", null)]))))
            .StatusCode.Should().BeOneOf(HttpStatusCode.Unauthorized, HttpStatusCode.Forbidden);
    }

    private static Dictionary<string, object?> Row(string name, string? idNumber, string? sex, string? categories, string? noIdReason = null) => new()
    {
        ["姓名"] = name, ["身份证号"] = idNumber, ["无身份证号原因"] = noIdReason, ["性别"] = sex, ["出生日期"] = null,
        ["民族"] = "汉族", ["联系电话"] = null, ["村（社区）"] = "东湖村", ["现居住地址"] = null, ["户籍地址"] = null, ["类别"] = categories,
    };

    private static MemoryStream Sheet(IEnumerable<Dictionary<string, object?>> rows)
    {
        var stream = new MemoryStream();
        stream.SaveAs(rows);
        stream.Position = 0;
        return stream;
    }

    private static MultipartFormDataContent Form(Stream sheet)
    {
        var file = new StreamContent(sheet);
        file.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        return new MultipartFormDataContent { { file, "file", "名单.xlsx" } };
    }

    private static async Task<ImportReport> ImportAsync(HttpClient client, IEnumerable<Dictionary<string, object?>> rows)
    {
        var response = await client.PostAsync("/api/v1/registry/clients/import", Form(Sheet(rows)));
        response.StatusCode.Should().Be(HttpStatusCode.OK, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<ImportReport>())!;
    }

    private static async Task<List<string>> Names(HttpClient client, string q) =>
        (await client.ClientsAsync($"q={q}&pageSize=100")).Items.Select(i => i.Name).ToList();
}

public sealed class RegistryImportTestsOnSqlite(SqlitePlatform platform) : RegistryImportTests<SqlitePlatform>(platform);

public sealed class RegistryImportTestsOnPostgres(PostgresPlatform platform) : RegistryImportTests<PostgresPlatform>(platform);
