using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>The web shell as a station worker meets it on a phone.</summary>
public sealed class ShellTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_logs_in_on_a_phone_sees_the_chinese_menu_and_dashboard_and_logs_out()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();

        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login", "an anonymous visitor is sent to log in");
        await page.GetByLabel("用户名").FillAsync("worker01");
        await page.GetByLabel("密码").FillAsync("Demo@12345");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await page.GetByRole(AriaRole.Heading, new() { Name = "工作台" }).WaitForAsync();
        (await page.Locator("#my-station").TextContentAsync()).Should().Be("莲塘镇民政服务站", "the station widget loads into the dashboard");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "dashboard-phone.png"), FullPage = true });

        // On a phone the menu is folded behind the toggler.
        (await page.Locator("#main-menu").IsVisibleAsync()).Should().BeFalse();
        await BrowserFixture.OpenMenuAsync(page);
        var menu = page.Locator("#main-menu");
        await menu.GetByRole(AriaRole.Link, new() { Name = "账号" }).WaitForAsync();
        (await menu.Locator("a.nav-link").AllTextContentsAsync()).Select(t => t.Trim()).Should().Contain(["工作台", "账号", "站点", "修改密码"]);
        (await page.Locator("#current-user").TextContentAsync()).Should().Contain("王丽").And.Contain("社工");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "menu-phone.png"), FullPage = true });

        await menu.GetByRole(AriaRole.Link, new() { Name = "账号" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "账号" }).WaitForAsync();
        (await page.Locator("#accounts tbody tr").CountAsync()).Should().Be(2, "a worker sees their own station's two accounts");

        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await BrowserFixture.OpenMenuAsync(page);
        var loggedOut = page.WaitForURLAsync("**/account/login");
        await page.GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await loggedOut;
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login", "after logging out the dashboard asks to log in again");
    }

    [Fact]
    public async Task A_wrong_password_shows_a_chinese_message_on_the_phone()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync("worker02");
        await page.GetByLabel("密码").FillAsync("wrong-password");
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        (await page.GetByRole(AriaRole.Alert).TextContentAsync()).Should().Contain("用户名或密码错误");
    }
}
