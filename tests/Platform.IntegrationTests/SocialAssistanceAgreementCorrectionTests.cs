using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// Correcting a care agreement (更正协议) through the API and its page: saved and audited field by field (the ID number
/// masked), a stale version, an ended agreement and an overlapping period refused with 409, another station's 404, the
/// bureau 403, bad input 400 naming the field — and in each refusal nothing written.
/// </summary>
public abstract class SocialAssistanceAgreementCorrectionTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private static Dictionary<string, object?> Agreement(DateOnly start, DateOnly end, string carer = "张秀英") =>
        SocialAssistanceAgreementTests<TPlatform>.Agreement(start, end, carer);

    private static Task<SocialAssistanceAgreementTests<TPlatform>.AgreementHousehold> HouseholdAsync(HttpClient client, string person) =>
        SocialAssistanceAgreementTests<TPlatform>.HouseholdAsync(client, person);

    private static async Task<SocialAssistanceAgreementTests<TPlatform>.AgreementLine> LineAsync(HttpClient client, string person, string id) =>
        (await HouseholdAsync(client, person)).Agreements.Single(a => a.Id == id);

    private static Dictionary<string, object?> Correction(Dictionary<string, object?> signed, int version, params (string Key, object? Value)[] changes)
    {
        var body = new Dictionary<string, object?>(signed) { ["version"] = version };
        foreach (var (key, value) in changes)
        {
            body[key] = value;
        }

        return body;
    }

    [Fact]
    public async Task A_correction_is_saved_audited_old_to_new_with_the_id_number_masked_and_a_stale_version_is_a_409()
    {
        var worker = await Factory.ApiAsync("worker03");
        var (person, _) = await SocialAssistanceAgreementTests<TPlatform>.DispersedAsync(worker, "更正协议对象");
        var signed = Agreement(Today.AddDays(-10), Today.AddYears(1));
        var id = await SignAsync(worker, person, signed);
        var line = await LineAsync(worker, person, id);
        var carerId = TestIds.Make(new DateOnly(1972, 3, 4), male: true);
        var lastFour = carerId[^4..];

        var url = $"/api/v1/social-assistance/agreements/{id}";
        var corrected = await worker.PutAsJsonAsync(url, Correction(signed, line.Version, ("carerName", "张秀芳"), ("carerIdNumber", carerId), ("endOn", Today.AddYears(1).AddDays(-1)), ("monthlyFee", 300)));
        corrected.StatusCode.Should().Be(HttpStatusCode.NoContent, await corrected.Content.ReadAsStringAsync());
        var after = await LineAsync(worker, person, id);
        after.Should().Match<SocialAssistanceAgreementTests<TPlatform>.AgreementLine>(a =>
            a.CarerName == "张秀芳" && a.EndOn == Today.AddYears(1).AddDays(-1) && a.MonthlyFee == 300 && a.CarerIdNumber!.EndsWith(lastFour) && a.CarerIdNumber != carerId && a.Version > line.Version);
        var read = await worker.GetFromJsonAsync<SocialAssistanceAgreementTests<TPlatform>.AgreementLine>(url);
        read!.Version.Should().Be(after.Version);

        await Factory.OutboxesDeliveredAsync();
        var audit = await (await Factory.ApiAsync("admin")).AuditAsync("userName=worker03&action=更正照料协议");
        var entry = audit.Should().ContainSingle(e => e.Target == id && e.Outcome == "succeeded").Subject;
        entry.Detail.Should().Contain("照料人：张秀英 → 张秀芳").And.Contain($"结束日期：{Today.AddYears(1):yyyy-MM-dd} → {Today.AddYears(1).AddDays(-1):yyyy-MM-dd}")
            .And.Contain("身份证号：（空） → ").And.NotContain(carerId).And.NotContain("签订方");

        // The version read before the correction is stale now: 409 in the platform's words, and nothing changes.
        var stale = await worker.PutAsJsonAsync(url, Correction(signed, line.Version, ("carerName", "张三")));
        stale.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("刚才有人同时保存了同一条记录");
        (await LineAsync(worker, person, id)).CarerName.Should().Be("张秀芳");

        // Left out, the ID number and the band keep what was recorded; a correction without a version is refused.
        var kept = await worker.PutAsJsonAsync(url, Correction(signed, after.Version, ("carerPhone", "13800001111")));
        kept.StatusCode.Should().Be(HttpStatusCode.NoContent, await kept.Content.ReadAsStringAsync());
        (await LineAsync(worker, person, id)).Should().Match<SocialAssistanceAgreementTests<TPlatform>.AgreementLine>(a => a.CarerIdNumber == after.CarerIdNumber && a.FeeBand == after.FeeBand);
        var noVersion = await worker.PutAsJsonAsync(url, signed);
        noVersion.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await noVersion.ErrorsAsync()).Keys.Should().Contain(k => k.Equals("version", StringComparison.OrdinalIgnoreCase));
    }

    [Fact]
    public async Task An_ended_agreement_cannot_be_corrected_and_a_corrected_period_may_not_overlap_another_agreement()
    {
        var worker = await Factory.ApiAsync("worker05");
        var (person, _) = await SocialAssistanceAgreementTests<TPlatform>.DispersedAsync(worker, "更正重叠对象");
        var firstBody = Agreement(Today.AddMonths(-5), Today.AddMonths(1));
        var first = await SignAsync(worker, person, firstBody);
        var secondBody = Agreement(Today.AddMonths(1).AddDays(1), Today.AddMonths(13), "李建国");
        var second = await SignAsync(worker, person, secondBody);

        var version = (await LineAsync(worker, person, second)).Version;
        var overlap = await worker.PutAsJsonAsync($"/api/v1/social-assistance/agreements/{second}", Correction(secondBody, version, ("startOn", Today.AddMonths(1))));
        overlap.StatusCode.Should().Be(HttpStatusCode.Conflict);
        var conflict = await overlap.Content.ReadFromJsonAsync<SocialAssistanceAgreementTests<TPlatform>.Conflict>();
        conflict!.Field.Should().Be("startOn");
        conflict.Title.Should().Contain("重叠").And.Contain("张秀英");
        (await LineAsync(worker, person, second)).StartOn.Should().Be(Today.AddMonths(1).AddDays(1), "nothing was written");

        // The agreement itself is not "another": moving its own end is fine.
        var ownVersion = (await LineAsync(worker, person, first)).Version;
        (await worker.PutAsJsonAsync($"/api/v1/social-assistance/agreements/{first}", Correction(firstBody, ownVersion, ("endOn", Today.AddMonths(1).AddDays(-3)))))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);

        var line = await LineAsync(worker, person, first);
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/agreements/{first}/end", new { endedOn = Today, reason = "照料人搬走", version = line.Version })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var ended = await LineAsync(worker, person, first);
        var refused = await worker.PutAsJsonAsync($"/api/v1/social-assistance/agreements/{first}", Correction(firstBody, ended.Version, ("carerName", "张秀芳")));
        refused.StatusCode.Should().Be(HttpStatusCode.Conflict);
        (await refused.Content.ReadFromJsonAsync<SocialAssistanceAgreementTests<TPlatform>.Conflict>())!.Title.Should().Contain("已于").And.Contain("提前终止，不能再更正");
        (await LineAsync(worker, person, first)).Should().Match<SocialAssistanceAgreementTests<TPlatform>.AgreementLine>(a => a.CarerName == "张秀英" && a.Version == ended.Version);
    }

    [Fact]
    public async Task Another_station_gets_404_the_bureau_403_and_bad_input_400_naming_the_field_with_nothing_changed()
    {
        var worker = await Factory.ApiAsync("worker11");
        var (person, _) = await SocialAssistanceAgreementTests<TPlatform>.DispersedAsync(worker, "更正权限对象");
        var signed = Agreement(Today.AddDays(-3), Today.AddYears(1));
        var id = await SignAsync(worker, person, signed);
        var before = await LineAsync(worker, person, id);
        var url = $"/api/v1/social-assistance/agreements/{id}";

        (await (await Factory.ApiAsync("worker01")).PutAsJsonAsync(url, Correction(signed, before.Version, ("carerName", "他站")))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await Factory.ApiAsync("worker01")).GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync(url)).StatusCode.Should().Be(HttpStatusCode.OK, "the bureau reads");
        (await bureau.PutAsJsonAsync(url, Correction(signed, before.Version, ("carerName", "局方")))).StatusCode.Should().Be(HttpStatusCode.Forbidden);

        async Task Refused(string field, object? value, string words)
        {
            var response = await worker.PutAsJsonAsync(url, Correction(signed, before.Version, (field, value)));
            response.StatusCode.Should().Be(HttpStatusCode.BadRequest, await response.Content.ReadAsStringAsync());
            var errors = await response.ErrorsAsync();
            errors.Keys.Should().Contain(k => k.Equals(field, StringComparison.OrdinalIgnoreCase), await response.Content.ReadAsStringAsync());
            string.Join(" ", errors.Values.SelectMany(v => v)).Should().Contain(words);
        }

        await Refused("endOn", Today.AddDays(-5), "结束日期须晚于开始日期");
        await Refused("endOn", Today.AddYears(8), "最长 5 年");
        await Refused("carerName", "", "请填写照料人姓名");
        await Refused("carerPhone", "电话号码", "联系电话只能是");
        await Refused("carerIdNumber", "340524198001010013", "校验位不正确");
        await Refused("signedOn", Today.AddDays(2), "不能晚于今天");
        await Refused("monthlyFee", -5, "照料护理费须为");
        (await worker.PutAsJsonAsync(url, Correction(signed, before.Version, ("feeBand", "lottery")))).StatusCode.Should().Be(HttpStatusCode.BadRequest, "an unknown band");
        (await LineAsync(worker, person, id)).Should().BeEquivalentTo(before, "nothing refused was written");
    }

    [Fact]
    public async Task The_correction_page_is_prefilled_and_saving_it_says_saved_on_the_household_page()
    {
        var api = await Factory.ApiAsync("worker07");
        var (person, _) = await SocialAssistanceAgreementTests<TPlatform>.DispersedAsync(api, "更正页面对象");
        var signed = Agreement(Today.AddDays(-1), Today.AddYears(1));
        var id = await SignAsync(api, person, signed);
        var line = await LineAsync(api, person, id);

        var browser = await Factory.BrowserAsync("worker07");
        var household = await browser.GetPageAsync($"/social-assistance/households/details/{person}");
        household.QuerySelector($"#agreement-{id} a.correct-agreement")!.GetAttribute("href").Should().Be($"/social-assistance/agreements/correct?id={id}");
        var list = await browser.GetPageAsync("/social-assistance/agreements?all=true&pageSize=100");
        list.QuerySelectorAll("#agreements-table a.correct-agreement").Select(a => a.GetAttribute("href")).Should().Contain($"/social-assistance/agreements/correct?id={id}");
        (await (await Factory.BrowserAsync("bureau")).GetPageAsync($"/social-assistance/households/details/{person}")).QuerySelector("a.correct-agreement").Should().BeNull("the bureau changes nothing");
        var form = await browser.GetPageAsync($"/social-assistance/agreements/correct?id={id}");
        form.QuerySelector("#carer-name")!.GetAttribute("value").Should().Be("张秀英");
        form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value").Should().Be(line.Version.ToString());

        var fields = new Dictionary<string, string>
        {
            ["Input.CarerName"] = "张秀芳", ["Input.CarerRelation"] = "邻居", ["Input.CarerPhone"] = "13912345678", ["Input.Duties"] = "每日送两餐。", ["Input.FeeBand"] = "Lost",
            ["Input.StartOn"] = $"{Today.AddDays(-1):yyyy-MM-dd}", ["Input.EndOn"] = $"{Today.AddYears(1):yyyy-MM-dd}", ["Input.SignedBy"] = "镇民政办", ["Input.SignedOn"] = $"{Today.AddDays(-1):yyyy-MM-dd}",
            ["Input.Version"] = line.Version.ToString(),
        };
        var bad = await browser.PostFormAsync($"/social-assistance/agreements/correct?id={id}", new(fields) { ["Input.EndOn"] = $"{Today.AddYears(9):yyyy-MM-dd}" });
        bad.StatusCode.Should().Be(HttpStatusCode.OK);
        (await bad.Content.ReadAsStringAsync()).Should().Contain("协议期限最长");
        var saved = await browser.PostFormAsync($"/social-assistance/agreements/correct?id={id}", fields);
        saved.StatusCode.Should().Be(HttpStatusCode.Redirect, await saved.Content.ReadAsStringAsync());
        saved.Headers.Location!.ToString().Should().Be($"/social-assistance/households/details/{person}");
        var shown = await browser.GetPageAsync(saved.Headers.Location.ToString());
        shown.Body!.TextContent.Should().Contain("照料协议的更正已保存");
        shown.QuerySelector($"#agreement-{id}")!.TextContent.Should().Contain("照料人张秀芳（邻居）");
        (await LineAsync(api, person, id)).CarerName.Should().Be("张秀芳");
    }

    private static Task<string> SignAsync(HttpClient worker, string person, object body) => SocialAssistanceAgreementTests<TPlatform>.SignAsync(worker, person, body);
}

public sealed class SocialAssistanceAgreementCorrectionTestsOnSqlite(SqlitePlatform platform) : SocialAssistanceAgreementCorrectionTests<SqlitePlatform>(platform);

public sealed class SocialAssistanceAgreementCorrectionTestsOnPostgres(PostgresPlatform platform) : SocialAssistanceAgreementCorrectionTests<PostgresPlatform>(platform);
