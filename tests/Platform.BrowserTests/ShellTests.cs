using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>The web shell: the grouped sidebar, breadcrumbs and user menu on a desktop; the slide-in menu, tab bar, 我的 and quick actions on a phone.</summary>
public sealed class ShellTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task On_a_desktop_the_sidebar_shows_the_groups_in_order_and_folds_to_icons_until_unfolded_again()
    {
        await using var context = await fixture.DesktopAsync();
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await BrowserFixture.LogInAsync(page, "lead");

        var menu = page.Locator("#main-menu");
        (await menu.IsVisibleAsync()).Should().BeTrue("on a desktop the sidebar is always there");
        (await menu.Locator(".nav-group").EvaluateAllAsync<string[]>("groups => groups.map(g => g.dataset.group)"))
            .Should().Equal(["社会工作", "专项服务", "服务时长", "人员", "志愿服务", "试验", "系统管理"], "a module naming a group of its own (志愿服务, the test suite's probe) has it drawn after the work groups, before 系统管理");
        (await Titles(menu.Locator("[data-group='社会工作'] a.nav-link"))).Should().Equal("探访", "个案", "小组", "社区活动", "待完善");
        (await Titles(menu.Locator("[data-group='系统管理'] a.nav-link"))).Should().Equal(["站点", "账号"], "审计日志 and 定时任务 are the administrator's");
        var top = await Titles(menu.Locator("nav > ul > li > a.nav-link"));
        top.Should().StartWith(["首页"]).And.Contain("服务对象", "a group of one entry named like the group is drawn as that entry");
        (await Titles(menu.Locator("a.nav-link"))).Should().NotContain(["修改密码", "通知设置"], "personal entries are in the user's menu, not among the work entries");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "shell-desktop.png") });

        var label = menu.Locator("a.nav-link .label", new() { HasText = "探访" }).First;
        (await label.IsVisibleAsync()).Should().BeTrue();
        var wide = (await menu.BoundingBoxAsync())!.Width;
        await page.Locator("#sidebar-toggle").ClickAsync();
        await Expect(page.Locator("html")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("sidebar-folded"));
        (await label.IsVisibleAsync()).Should().BeFalse("a folded sidebar shows icons only");
        (await page.Locator("#main-menu a[title='探访'] i.bi").IsVisibleAsync()).Should().BeTrue("each entry keeps its icon");

        await page.ReloadAsync();
        (await label.IsVisibleAsync()).Should().BeFalse("the folded sidebar stays folded on the next page");
        (await menu.BoundingBoxAsync())!.Width.Should().BeLessThan(wide / 2);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "shell-desktop-folded.png") });

        await page.Locator("#sidebar-toggle").ClickAsync();
        await label.WaitForAsync();
        await page.ReloadAsync();
        (await label.IsVisibleAsync()).Should().BeTrue("unfolded, it stays unfolded");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task On_a_desktop_a_page_shows_where_it_is_and_the_user_menu_holds_the_personal_entries_and_logs_out()
    {
        await using var context = await fixture.DesktopAsync();
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await BrowserFixture.LogInAsync(page, "worker01");
        (await page.Locator("#breadcrumbs").InnerTextAsync()).Trim().Should().Be("首页");

        await page.GotoAsync("/socialwork/visits/create");
        (await Titles(page.Locator("#breadcrumbs li"))).Should().Equal("首页", "社会工作", "探访", "登记探访");
        (await page.Locator("#breadcrumbs a", new() { HasText = "探访" }).GetAttributeAsync("href")).Should().Be("/socialwork/visits");
        (await Titles(page.Locator("#main-menu a.nav-link.active"))).Should().Equal(["探访"], "the entry the page belongs to is marked");

        await page.GotoAsync("/socialwork/visits");
        (await Titles(page.Locator("#breadcrumbs li"))).Should().Equal("首页", "社会工作", "探访", "探访记录");

        (await page.Locator("#current-user").InnerTextAsync()).Should().Contain("王丽").And.Contain("社工");
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator("#user-menu-button").ClickAsync();
        var userMenu = page.Locator("#user-menu");
        await userMenu.GetByRole(AriaRole.Link, new() { Name = "修改密码" }).WaitForAsync();
        (await userMenu.GetByRole(AriaRole.Link, new() { Name = "通知设置" }).IsVisibleAsync()).Should().BeTrue();
        var logOut = userMenu.GetByRole(AriaRole.Button, new() { Name = "退出" });
        (await logOut.EvaluateAsync<string>("b => getComputedStyle(b).whiteSpace")).Should().Be("nowrap", "退出 never breaks into 退/出");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "shell-user-menu.png") });

        var loggedOut = page.WaitForURLAsync("**/account/login");
        await logOut.ClickAsync();
        await loggedOut;
        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login", "after logging out the home page asks to log in again");
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_worker_on_a_phone_has_the_tab_bar_the_slide_in_menu_and_me()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);

        await page.GotoAsync("/");
        page.Url.Should().Contain("/account/login", "an anonymous visitor is sent to log in");
        await BrowserFixture.LogInAsync(page, "worker01");
        (await page.Locator("#my-station").TextContentAsync()).Should().Be("莲塘镇民政服务站", "the station widget loads into the home page");

        var tabs = page.Locator("#tabbar");
        (await Titles(tabs.Locator("a"))).Should().Equal("首页", "服务对象", "待办", "通知", "我的");
        (await tabs.Locator("a.active").InnerTextAsync()).Trim().Should().Be("首页");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "dashboard-phone.png"), FullPage = true });

        // Scrolled to the end, the last of the page is above the tab bar, not under it.
        await page.EvaluateAsync("() => window.scrollTo(0, document.body.scrollHeight)");
        var contentBottom = await page.EvaluateAsync<double>("() => document.querySelector('main').getBoundingClientRect().bottom");
        var tabBarTop = await page.EvaluateAsync<double>("() => document.getElementById('tabbar').getBoundingClientRect().top");
        contentBottom.Should().BeLessThanOrEqualTo(tabBarTop + 0.5);

        // The sidebar is folded away behind the top bar's button and slides in over the page.
        (await page.Locator("#main-menu").IsVisibleAsync()).Should().BeFalse();
        await BrowserFixture.OpenMenuAsync(page);
        var menu = page.Locator("#main-menu");
        (await Titles(menu.Locator("a.nav-link"))).Should().Contain(["首页", "服务对象", "探访", "账号", "站点"]);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "menu-phone.png") });
        await menu.GetByRole(AriaRole.Link, new() { Name = "账号" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "账号" }).WaitForAsync();
        (await page.Locator("#accounts tbody tr").CountAsync()).Should().Be(2, "a worker sees their own station's two accounts");

        await tabs.GetByRole(AriaRole.Link, new() { Name = "我的" }).ClickAsync();
        await page.WaitForURLAsync("**/me");
        (await page.Locator("#me-name").InnerTextAsync()).Should().Be("王丽");
        (await page.Locator("#me-station").InnerTextAsync()).Should().Be("莲塘镇民政服务站");
        (await page.Locator("#me-role").InnerTextAsync()).Should().Contain("社工");
        (await Titles(page.Locator("#me-links a"))).Should().Equal("我的时长", "修改密码", "通知设置");
        (await page.Locator("#me-links a", new() { HasText = "我的时长" }).GetAttributeAsync("href")).Should().Be("/ledger/progress");
        (await tabs.Locator("a.active").InnerTextAsync()).Trim().Should().Be("我的");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "me-phone.png"), FullPage = true });

        var loggedOut = page.WaitForURLAsync("**/account/login");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "退出" }).ClickAsync();
        await loggedOut;
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task A_workers_phone_home_starts_with_big_buttons_and_登记探访_opens_the_visit_form()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        var problems = WatchForProblems(page);
        await BrowserFixture.LogInAsync(page, "worker02");

        (await Titles(page.Locator("#quick-actions a"))).Should().Equal("登记探访", "登记服务对象", "今日待办", "我的时长");
        await page.Locator("#quick-actions").GetByRole(AriaRole.Link, new() { Name = "登记探访" }).ClickAsync();
        await page.WaitForURLAsync("**/socialwork/visits/create");
        await page.Locator("#visit-form").WaitForAsync();
        problems.Should().BeEmpty();
    }

    [Fact]
    public async Task The_bureau_gets_no_buttons_for_work_it_does_not_do_and_no_tab_it_cannot_open()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "bureau");

        (await Titles(page.Locator("#quick-actions a"))).Should().NotContain(["登记探访", "登记服务对象"], "the bureau records nothing");
        (await Titles(page.Locator("#tabbar a"))).Should().StartWith(["首页"]).And.EndWith(["我的"]).And.NotContain("待办", "the bureau has no 今日待办");
    }

    [Fact]
    public async Task The_site_has_an_icon()
    {
        await using var context = await fixture.DesktopAsync();
        var page = await context.NewPageAsync();
        await page.GotoAsync("/account/login");
        var href = await page.Locator("link[rel=icon]").GetAttributeAsync("href");
        var icon = await context.APIRequest.GetAsync(href!);
        icon.Status.Should().Be(200);
        icon.Headers["content-type"].Should().StartWith("image/svg+xml");
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

    private static ILocatorAssertions Expect(ILocator locator) => Assertions.Expect(locator);

    private static async Task<IReadOnlyList<string>> Titles(ILocator links) =>
        (await links.AllInnerTextsAsync()).Select(t => t.Trim()).ToList();

    /// <summary>Console errors and failed requests (a missing favicon, a script refused by the CSP) while the test runs.</summary>
    private static List<string> WatchForProblems(IPage page)
    {
        var problems = new List<string>();
        page.Console += (_, message) =>
        {
            if (message.Type == "error")
            {
                problems.Add($"console: {message.Text}");
            }
        };
        page.PageError += (_, error) => problems.Add($"script: {error}");
        page.Response += (_, response) =>
        {
            if (response.Status >= 400)
            {
                problems.Add($"{response.Status} {response.Url}");
            }
        };
        return problems;
    }
}
