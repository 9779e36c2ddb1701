using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A station worker visits an elder who is due, on a phone, from the list of elders owed a visit.</summary>
public sealed class ElderlyTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_visits_an_elder_who_is_due_on_a_phone()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker08");
        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "老年人探访" }).ClickAsync();

        // The demo leaves every third elder a few days overdue: they come first, marked.
        var due = page.Locator("#elders li.list-group-item-danger a").First;
        var name = (await due.TextContentAsync())!.Trim();
        await due.ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("电话").CheckAsync();
        await page.GetByLabel("探访情况").FillAsync("电话问候：老人说腿疼减轻，冬衣已备好。");
        await page.GetByLabel("健康情况").FillAsync("腿疼减轻");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存探访" }).ClickAsync();

        (await page.Locator("h1").TextContentAsync()).Should().Contain(name);
        (await page.Locator("#visits li").First.TextContentAsync()).Should().Contain("冬衣已备好").And.Contain("电话");
        (await page.Locator("#status").TextContentAsync()).Should().Contain("下次");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "elder-visit-phone.png"), FullPage = true });
    }
}
