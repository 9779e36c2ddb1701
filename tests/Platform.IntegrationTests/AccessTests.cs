using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>Log-in, tokens, and each role's allowed and denied pages and API calls.</summary>
public abstract class AccessTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record AccountLine(string Id, string UserName, string? StationId);

    private sealed record StationLine(string Id, string Code, string Name);

    [Fact]
    public async Task A_token_is_issued_for_good_credentials_and_refused_with_a_problem_for_bad_ones()
    {
        var good = await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "lead", password = Clients.DemoPassword });
        good.StatusCode.Should().Be(HttpStatusCode.OK);
        var token = await good.Content.ReadFromJsonAsync<Clients.TokenResponse>();
        token!.AccessToken.Should().NotBeNullOrEmpty();
        token.ExpiresIn.Should().BePositive();

        var bad = await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "lead", password = "wrong-password" });
        bad.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        bad.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await bad.Content.ReadAsStringAsync()).Should().Contain("用户名或密码错误");

        var empty = await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName = "", password = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("userName");
    }

    [Fact]
    public async Task Me_tells_a_worker_their_station_and_role()
    {
        var me = await (await Factory.ApiAsync("worker03")).MeAsync();
        me.UserName.Should().Be("worker03");
        me.StationName.Should().Be("向塘镇民政服务站");
        me.Roles.Should().Equal("worker");

        var lead = await (await Factory.ApiAsync("lead")).MeAsync();
        lead.StationId.Should().BeNull();
    }

    [Fact]
    public async Task A_station_worker_sees_only_their_own_station_and_its_accounts()
    {
        var worker = await Factory.ApiAsync("worker01");
        var accounts = await worker.GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts");
        accounts!.Select(a => a.UserName).Should().BeEquivalentTo("worker01", "worker02");
        var stations = await worker.GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations");
        stations!.Select(s => s.Name).Should().Equal("莲塘镇民政服务站");

        var other = accounts![0].StationId is { } own
            ? (await (await Factory.ApiAsync("lead")).GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!.First(s => s.Id != own).Id
            : null;
        var asked = await worker.GetFromJsonAsync<List<AccountLine>>($"/api/v1/staff/accounts?stationId={other}");
        asked.Should().BeEmpty("a worker asking for another station's accounts gets none");

        var page = await (await Factory.BrowserAsync("worker01")).GetPageAsync("/staff/accounts");
        page.QuerySelectorAll("#accounts tbody tr").Select(r => r.Children[0].TextContent).Should().BeEquivalentTo("worker01", "worker02");
    }

    [Fact]
    public async Task The_lead_and_the_bureau_see_every_station_and_account()
    {
        foreach (var user in new[] { "lead", "bureau", "admin" })
        {
            var client = await Factory.ApiAsync(user);
            (await client.GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!.Count.Should().BeGreaterThanOrEqualTo(7, user);
            (await client.GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts"))!.Count.Should().BeGreaterThanOrEqualTo(17, user);
        }
    }

    [Theory]
    [InlineData("worker01", "/staff/accounts/create")]
    [InlineData("worker01", "/staff/stations/create")]
    [InlineData("lead", "/staff/accounts/create")]
    [InlineData("bureau", "/staff/accounts/create")]
    [InlineData("bureau", "/staff/stations/create")]
    public async Task Only_the_administrator_opens_the_account_and_station_forms(string user, string page)
    {
        var response = await (await Factory.BrowserAsync(user)).GetAsync(page);
        response.StatusCode.Should().Be(HttpStatusCode.Redirect);
        response.Headers.Location!.ToString().Should().Contain("/account/access-denied");

        (await (await Factory.BrowserAsync("admin")).GetAsync(page)).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_worker_cannot_post_the_account_form_even_without_the_page()
    {
        var worker = await Factory.BrowserAsync("worker01");
        var token = (await (await Factory.BrowserAsync("worker01")).GetPageAsync("/staff/account/password"))
            .QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
        var response = await worker.PostAsync("/staff/accounts/create", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["Input.UserName"] = "intruder", ["Input.DisplayName"] = "x", ["Input.Role"] = "admin", ["Input.Password"] = "Password123", ["__RequestVerificationToken"] = token,
        }));
        response.StatusCode.Should().BeOneOf(HttpStatusCode.Redirect, HttpStatusCode.BadRequest);
        (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts"))!
            .Should().NotContain(a => a.UserName == "intruder");
    }

    [Fact]
    public async Task Anonymous_callers_get_401_from_the_api_and_the_log_in_page_from_pages()
    {
        var anonymous = Factory.Anonymous();
        (await anonymous.GetAsync("/api/v1/staff/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await anonymous.GetAsync("/api/v1/modules")).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        var page = await anonymous.GetAsync("/");
        page.StatusCode.Should().Be(HttpStatusCode.Redirect);
        page.Headers.Location!.ToString().Should().Contain("/account/login");
        (await anonymous.GetAsync("/health")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await anonymous.GetStringAsync("/openapi/v1.json")).Should().Contain("/api/v1/staff/me");
    }

    [Fact]
    public async Task The_administrator_creates_a_station_and_a_worker_who_can_then_log_in_until_disabled()
    {
        var admin = await Factory.BrowserAsync("admin");
        var code = "T" + Random.Shared.Next(1000, 9999);
        (await admin.PostFormAsync("/staff/stations/create", new() { ["Input.Code"] = code, ["Input.Name"] = $"测试{code}站", ["Input.Town"] = "测试镇" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        var station = (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!
            .Single(s => s.Code == code).Id;

        var userName = "new" + code.ToLowerInvariant();
        (await admin.PostFormAsync("/staff/accounts/create", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "新社工", ["Input.Role"] = "worker", ["Input.StationId"] = station, ["Input.Password"] = "Start1234",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var worker = await Factory.ApiAsync(userName, "Start1234");
        (await worker.MeAsync()).StationId.Should().Be(station);

        var id = (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts"))!
            .Single(a => a.UserName == userName).Id;
        (await admin.PostFormAsync($"/staff/accounts/edit/{id}", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "新社工", ["Input.Role"] = "worker", ["Input.StationId"] = station, ["Input.IsDisabled"] = "true",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        (await worker.GetAsync("/api/v1/staff/me")).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a disabled account's token stops working");
        var again = await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "Start1234" });
        again.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await again.Content.ReadAsStringAsync()).Should().Contain("已停用");
    }

    [Fact]
    public async Task Bad_station_input_shows_chinese_messages_and_changes_nothing()
    {
        var admin = await Factory.BrowserAsync("admin");
        var before = (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!.Count;

        var empty = await admin.PostFormAsync("/staff/stations/create", new() { ["Input.Code"] = "", ["Input.Name"] = "", ["Input.Town"] = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("请填写站点编码");

        var duplicate = await admin.PostFormAsync("/staff/stations/create", new() { ["Input.Code"] = "S01", ["Input.Name"] = "重复站", ["Input.Town"] = "某镇" });
        duplicate.StatusCode.Should().Be(HttpStatusCode.OK);
        (await duplicate.Content.ReadAsStringAsync()).Should().Contain("站点编码 S01 已被使用");

        var worker = await admin.PostFormAsync("/staff/accounts/create", new() { ["Input.UserName"] = "nostation", ["Input.DisplayName"] = "无站点", ["Input.Role"] = "worker", ["Input.Password"] = "Start1234" });
        (await worker.Content.ReadAsStringAsync()).Should().Contain("社工必须分配到一个站点");

        (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!.Count.Should().Be(before);
        (await (await Factory.ApiAsync("admin")).GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts"))!
            .Should().NotContain(a => a.UserName == "nostation");
    }

    [Fact]
    public async Task A_worker_changes_their_password_and_the_old_one_stops_working()
    {
        var admin = await Factory.BrowserAsync("admin");
        var userName = "pw" + Random.Shared.Next(1000, 9999);
        await admin.PostFormAsync("/staff/accounts/create", new() { ["Input.UserName"] = userName, ["Input.DisplayName"] = "改密", ["Input.Role"] = "bureau", ["Input.Password"] = "First1234" });

        var user = await Factory.BrowserAsync(userName, "First1234");
        var wrong = await user.PostFormAsync("/staff/account/password", new() { ["Input.CurrentPassword"] = "nope1234", ["Input.NewPassword"] = "Second1234", ["Input.ConfirmPassword"] = "Second1234" });
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("当前密码不正确");

        var changed = await user.PostFormAsync("/staff/account/password", new() { ["Input.CurrentPassword"] = "First1234", ["Input.NewPassword"] = "Second1234", ["Input.ConfirmPassword"] = "Second1234" });
        changed.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await Factory.Anonymous().PostAsJsonAsync("/api/v1/auth/token", new { userName, password = "First1234" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        await Factory.ApiAsync(userName, "Second1234");
    }
}

public sealed class AccessTestsOnSqlite(SqlitePlatform platform) : AccessTests<SqlitePlatform>(platform);

public sealed class AccessTestsOnPostgres(PostgresPlatform platform) : AccessTests<PostgresPlatform>(platform);
