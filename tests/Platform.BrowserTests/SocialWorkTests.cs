using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A station worker records a home visit on a phone, right after it, in a handful of taps.</summary>
public sealed class SocialWorkTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_records_a_home_visit_on_a_phone_finding_the_client_by_name()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker06");
        await page.GotoAsync("/registry/clients");
        var name = (await page.Locator("#clients li a.fw-bold").First.TextContentAsync())!.Trim();

        // From the menu to the saved visit in eight actions (five taps, two typed fields, one tick): nothing else is required.
        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "探访", Exact = true }).ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("查找服务对象").FillAsync(name);
        await page.GetByRole(AriaRole.Button, new() { Name = "查找" }).ClickAsync();
        await page.Locator("#find-client-matches").GetByRole(AriaRole.Button, new() { Name = name }).First.ClickAsync();
        await page.Locator("#clients").GetByLabel(name).First.CheckAsync();
        await page.GetByLabel("看到了什么、谈了什么").FillAsync("老人独自在家，炉子旁堆放杂物，已提醒注意防火；谈及想念在外务工的儿子。");
        await page.Locator("#visit-form").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("探访已登记");
        (await page.Locator("h1").TextContentAsync()).Should().Contain("入户探访").And.Contain(name);
        (await page.Locator("#content").TextContentAsync()).Should().Contain("已提醒注意防火");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "socialwork-visit-phone.png"), FullPage = true });

        await page.GotoAsync("/socialwork/visits");
        (await page.Locator("#visits").TextContentAsync()).Should().Contain(name);
    }

    [Fact]
    public async Task Searching_for_a_client_while_typing_keeps_what_is_already_written_in_the_visit()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker08");
        await page.GotoAsync("/registry/clients");
        var name = (await page.Locator("#clients li a.fw-bold").First.TextContentAsync())!.Trim();

        await page.GotoAsync("/socialwork/visits/create");
        await page.EvaluateAsync("() => window.notReloaded = true");
        const string content = "电话里说腿疼好些了，约好下周三上门量血压。";
        await page.GetByLabel("看到了什么、谈了什么").FillAsync(content);

        // Typed key by key, as on a phone: the matches come while typing, with no tap on 查找.
        await page.GetByLabel("查找服务对象").PressSequentiallyAsync(name, new() { Delay = 80 });
        await page.Locator("#find-client-matches").GetByRole(AriaRole.Button, new() { Name = name }).First.ClickAsync();

        (await page.EvaluateAsync<bool>("() => window.notReloaded === true")).Should().BeTrue("picking a client must not reload the page");
        (await page.GetByLabel("看到了什么、谈了什么").InputValueAsync()).Should().Be(content);
        (await page.Locator("#clients").GetByLabel(name).First.IsCheckedAsync()).Should().BeTrue();

        await page.Locator("#visit-form").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator("#saved").TextContentAsync()).Should().Contain("探访已登记");
        (await page.Locator("h1").TextContentAsync()).Should().Contain(name);
        (await page.Locator("#content").TextContentAsync()).Should().Contain("约好下周三上门量血压");
    }
}
