using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A station worker makes a key child's monthly care visit on a phone, from the list of children still owed one.</summary>
public sealed class ChildWelfareTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_records_a_key_childs_monthly_visit_on_a_phone()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker04");
        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "儿童关爱" }).ClickAsync();

        // The demo leaves two key children a station unvisited this month: they are marked in the list.
        var owed = page.Locator("#children li.list-group-item-warning a").First;
        var name = (await owed.TextContentAsync())!.Trim();
        await owed.ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("探视情况").FillAsync("孩子在家写作业，祖母身体好转；冬衣已备齐。");
        await page.GetByLabel("安全情况").FillAsync("取暖器远离床铺，无隐患");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存探视" }).ClickAsync();

        (await page.Locator("h1").TextContentAsync()).Should().Contain(name);
        (await page.Locator("#visits li").First.TextContentAsync()).Should().Contain("冬衣已备齐").And.Contain("已计入时长");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "child-visit-phone.png"), FullPage = true });

        await page.GotoAsync("/child-welfare/children");
        (await page.Locator("#children li.list-group-item-warning").AllTextContentsAsync()).Should().NotContain(t => t.Contains(name));
    }
}
