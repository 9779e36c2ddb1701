using System.Net;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using AngleSharp.Html.Parser;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// Log-in against a hostile caller, with the platform's real log-in limits (5 tries per name and address, then one a
/// minute; 30 per address, then one every 20 s): throttling answers 429, nobody can lock a worker out, the answers do
/// not tell which accounts exist, and refresh tokens are single-use. Each test speaks from addresses of its own.
/// </summary>
public abstract class LoginAbuseTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record Problem(string Title, int Status);

    private sealed record TokenPair(string TokenType, string AccessToken, long ExpiresIn, string RefreshToken);

    private sealed record AccountLine(string Id, string UserName);

    [Fact]
    public async Task The_token_endpoint_answers_429_in_chinese_with_retry_after_from_the_sixth_try_on_one_name_at_one_address()
    {
        var client = From("203.0.113.11");
        for (var i = 0; i < 5; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker05", password = "Wrong1234" })).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker05", password = Clients.DemoPassword });
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests, "even the right password waits once the name is throttled at this address");
        refused.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await refused.Content.ReadFromJsonAsync<Problem>())!.Title.Should().Be("登录尝试过于频繁，请 1 分钟后再试。");
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        (await refused.Content.ReadAsStringAsync()).Should().NotContain("accessToken");
    }

    [Fact]
    public async Task The_sign_in_page_answers_429_with_its_form_and_message_and_signs_nobody_in()
    {
        var browser = From("203.0.113.12");
        for (var i = 0; i < 5; i++)
        {
            var wrong = await browser.PostFormAsync("/account/login", new() { ["Input.UserName"] = "worker06", ["Input.Password"] = "Wrong1234" });
            wrong.StatusCode.Should().Be(HttpStatusCode.OK);
            (await ErrorOfAsync(wrong)).Should().Be("用户名或密码错误。");
        }

        var refused = await browser.PostFormAsync("/account/login", new() { ["Input.UserName"] = "worker06", ["Input.Password"] = Clients.DemoPassword });
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(60));
        (refused.Headers.TryGetValues("Set-Cookie", out var cookies) ? cookies : []).Should().NotContain(c => c.StartsWith("platform.auth"), "a refused attempt signs nobody in");
        var page = new HtmlParser().ParseDocument(await refused.Content.ReadAsStringAsync());
        page.QuerySelector("form input[name='Input.UserName']").Should().NotBeNull("the browser gets the sign-in form again");
        (await ErrorOfAsync(refused)).Should().Be("登录尝试过于频繁，请 1 分钟后再试。");
        (await browser.GetAsync("/")).StatusCode.Should().Be(HttpStatusCode.Redirect, "still signed out");
    }

    [Fact]
    public async Task One_address_trying_many_names_is_refused_from_the_thirty_first_attempt_even_malformed_ones()
    {
        // Attempts are counted before they are read, so 30 without a password (a quick 400 each, well inside the
        // 20 s in which the address earns one more) use up the address as 30 wrong passwords would.
        var client = From("203.0.113.13");
        for (var i = 0; i < 30; i++)
        {
            (await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = $"spray{i:00}", password = "" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        }

        var refused = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker07", password = Clients.DemoPassword });
        refused.StatusCode.Should().Be(HttpStatusCode.TooManyRequests);
        refused.Headers.RetryAfter!.Delta.Should().Be(TimeSpan.FromSeconds(20));
        (await refused.Content.ReadFromJsonAsync<Problem>())!.Title.Should().Be("登录尝试过于频繁，请 20 秒后再试。");

        (await TokenAsync(From("192.0.2.13"), "worker07")).AccessToken.Should().NotBeEmpty("another address is not affected");
    }

    [Fact]
    public async Task A_strangers_many_wrong_attempts_do_not_keep_the_worker_out_at_their_own_address()
    {
        var stranger = From("198.51.100.14");
        var api = new List<HttpStatusCode>();
        var page = new List<HttpStatusCode>();
        for (var i = 0; i < 20; i++)
        {
            api.Add((await stranger.PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker08", password = $"Guess{i:0000}" })).StatusCode);
            page.Add((await stranger.PostFormAsync("/account/login", new() { ["Input.UserName"] = "worker08", ["Input.Password"] = $"Guess{i:0000}" })).StatusCode);
        }

        api.Should().OnlyContain(s => s == HttpStatusCode.Unauthorized || s == HttpStatusCode.TooManyRequests).And.Contain(HttpStatusCode.TooManyRequests);
        page.Should().OnlyContain(s => s == HttpStatusCode.OK || s == HttpStatusCode.TooManyRequests, "the form again, never a signed-in redirect")
            .And.Contain(HttpStatusCode.TooManyRequests);

        var worker = From("192.0.2.14");
        (await TokenAsync(worker, "worker08")).AccessToken.Should().NotBeEmpty("no lock-out: the owner signs in at once from their address");
        (await worker.PostFormAsync("/account/login", new() { ["Input.UserName"] = "worker08", ["Input.Password"] = Clients.DemoPassword }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
    }

    [Fact]
    public async Task An_unknown_name_gets_exactly_the_answer_of_a_wrong_password_also_when_throttled()
    {
        var unknownClient = From("203.0.113.15");
        var knownClient = From("203.0.113.16");
        for (var i = 0; i < 6; i++)
        {
            var unknown = await unknownClient.PostAsJsonAsync("/api/v1/auth/token", new { userName = "nosuchworker", password = "Wrong1234" });
            var known = await knownClient.PostAsJsonAsync("/api/v1/auth/token", new { userName = "worker09", password = "Wrong1234" });
            unknown.StatusCode.Should().Be(known.StatusCode);
            unknown.StatusCode.Should().Be(i < 5 ? HttpStatusCode.Unauthorized : HttpStatusCode.TooManyRequests);
            (await WithoutTraceIdAsync(unknown)).Should().Be(await WithoutTraceIdAsync(known));
            unknown.Headers.RetryAfter?.Delta.Should().Be(known.Headers.RetryAfter?.Delta);
        }

        var unknownPage = await From("203.0.113.17").PostFormAsync("/account/login", new() { ["Input.UserName"] = "nosuchworker", ["Input.Password"] = "Wrong1234" });
        var knownPage = await From("203.0.113.18").PostFormAsync("/account/login", new() { ["Input.UserName"] = "worker09", ["Input.Password"] = "Wrong1234" });
        unknownPage.StatusCode.Should().Be(knownPage.StatusCode);
        (await ErrorOfAsync(unknownPage)).Should().Be(await ErrorOfAsync(knownPage)).And.Be("用户名或密码错误。");
    }

    [Fact]
    public async Task A_refresh_token_works_once_and_presenting_it_again_ends_its_session()
    {
        var client = From("203.0.113.19");
        var first = await TokenAsync(client, "worker10");
        var other = await TokenAsync(client, "worker10");

        var second = await RefreshAsync(client, first.RefreshToken);
        second.StatusCode.Should().Be(HttpStatusCode.OK);
        var rotated = (await second.Content.ReadFromJsonAsync<TokenPair>())!;
        rotated.RefreshToken.Should().NotBe(first.RefreshToken);
        rotated.TokenType.Should().Be("Bearer");
        (await MeAsync(rotated.AccessToken)).Should().Be(HttpStatusCode.OK);

        var reused = await RefreshAsync(client, first.RefreshToken);
        reused.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await reused.Content.ReadFromJsonAsync<Problem>())!.Title.Should().Be("登录已失效，请重新登录。");
        (await RefreshAsync(client, rotated.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "the reuse ended the whole chain");
        (await MeAsync(rotated.AccessToken)).Should().Be(HttpStatusCode.Unauthorized, "and its access tokens");
        (await MeAsync(first.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);

        (await RefreshAsync(client, other.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.OK, "another sign-in of the same account is another session");
    }

    [Fact]
    public async Task Signing_out_refuses_the_refresh_token_and_ends_the_access_token()
    {
        var client = From("203.0.113.20");
        var pair = await TokenAsync(client, "worker11");
        var signedIn = From("203.0.113.20");
        signedIn.DefaultRequestHeaders.Authorization = new("Bearer", pair.AccessToken);

        (await signedIn.PostAsync("/api/v1/auth/logout", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);

        (await RefreshAsync(client, pair.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await MeAsync(pair.AccessToken)).Should().Be(HttpStatusCode.Unauthorized);
    }

    [Fact]
    public async Task A_changed_password_or_a_disabled_account_refuses_the_next_refresh()
    {
        var admin = From("203.0.113.21");
        (await admin.PostFormAsync("/account/login", new() { ["Input.UserName"] = "admin", ["Input.Password"] = Clients.DemoPassword })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        var userName = "refresh" + Random.Shared.Next(1000, 9999);
        (await admin.PostFormAsync("/staff/accounts/create", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "刷新测试", ["Input.Role"] = "lead", ["Input.Password"] = "First1234",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);

        var client = From("203.0.113.22");
        var beforeChange = await TokenAsync(client, userName, "First1234");
        (await client.PostFormAsync("/account/login", new() { ["Input.UserName"] = userName, ["Input.Password"] = "First1234" })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await client.PostFormAsync("/staff/account/password", new() { ["Input.CurrentPassword"] = "First1234", ["Input.NewPassword"] = "Second1234", ["Input.ConfirmPassword"] = "Second1234" }))
            .StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RefreshAsync(client, beforeChange.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a new password ends the API sessions too");

        var beforeDisable = await TokenAsync(client, userName, "Second1234");
        var adminApi = From("203.0.113.21");
        adminApi.DefaultRequestHeaders.Authorization = new("Bearer", (await TokenAsync(adminApi, "admin")).AccessToken);
        var id = (await adminApi.GetFromJsonAsync<List<AccountLine>>("/api/v1/staff/accounts"))!.Single(a => a.UserName == userName).Id;
        (await admin.PostFormAsync($"/staff/accounts/edit/{id}", new()
        {
            ["Input.UserName"] = userName, ["Input.DisplayName"] = "刷新测试", ["Input.Role"] = "lead", ["Input.IsDisabled"] = "true",
        })).StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await RefreshAsync(client, beforeDisable.RefreshToken)).StatusCode.Should().Be(HttpStatusCode.Unauthorized, "a disabled account refreshes nothing");
    }

    [Fact]
    public async Task A_missing_or_unknown_refresh_token_is_refused_in_chinese()
    {
        var client = From("203.0.113.23");
        var empty = await client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await empty.Content.ReadFromJsonAsync<ValidationProblemView>())!.Errors["refreshToken"].Should().Equal("请提供刷新令牌。");

        var unknown = await RefreshAsync(client, "not-a-token");
        unknown.StatusCode.Should().Be(HttpStatusCode.Unauthorized);
        (await unknown.Content.ReadFromJsonAsync<Problem>())!.Title.Should().Be("登录已失效，请重新登录。");
    }

    /// <summary>An anonymous client speaking from <paramref name="address"/>.</summary>
    private HttpClient From(string address)
    {
        var client = Factory.Anonymous();
        client.DefaultRequestHeaders.Add(ClientAddressFromHeader.Header, address);
        return client;
    }

    private static async Task<TokenPair> TokenAsync(HttpClient client, string userName, string password = Clients.DemoPassword)
    {
        var response = await client.PostAsJsonAsync("/api/v1/auth/token", new { userName, password });
        response.StatusCode.Should().Be(HttpStatusCode.OK, $"{userName} should get a token");
        return (await response.Content.ReadFromJsonAsync<TokenPair>())!;
    }

    private static Task<HttpResponseMessage> RefreshAsync(HttpClient client, string refreshToken) =>
        client.PostAsJsonAsync("/api/v1/auth/refresh", new { refreshToken });

    private async Task<HttpStatusCode> MeAsync(string accessToken)
    {
        var client = Factory.Anonymous();
        client.DefaultRequestHeaders.Authorization = new("Bearer", accessToken);
        return (await client.GetAsync("/api/v1/staff/me")).StatusCode;
    }

    /// <summary>The form-level error the sign-in page shows.</summary>
    private static async Task<string> ErrorOfAsync(HttpResponseMessage page) =>
        new HtmlParser().ParseDocument(await page.Content.ReadAsStringAsync()).QuerySelector("form .alert-danger")?.TextContent.Trim() ?? "";

    /// <summary>A problem's body without the trace id, which differs per request by design.</summary>
    private static async Task<string> WithoutTraceIdAsync(HttpResponseMessage response)
    {
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!.AsObject();
        body.Remove("traceId");
        return body.ToJsonString();
    }
}

public sealed class SqliteLoginPlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override bool RealLoginLimits => true;
}

public sealed class PostgresLoginPlatform : PlatformFixture
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override bool RealLoginLimits => true;
}

public sealed class LoginAbuseTestsOnSqlite(SqliteLoginPlatform platform) : LoginAbuseTests<SqliteLoginPlatform>(platform);

public sealed class LoginAbuseTestsOnPostgres(PostgresLoginPlatform platform) : LoginAbuseTests<PostgresLoginPlatform>(platform);
