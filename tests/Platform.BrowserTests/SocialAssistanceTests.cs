using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A station worker reviews an overdue 低保 / 特困 household on a phone: the home visit, each member's income, the reference.</summary>
public sealed class SocialAssistanceTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_reviews_an_overdue_household_on_a_phone_and_sees_the_reference_not_a_decision()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker09");
        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "救助复核" }).ClickAsync();

        // The demo leaves some households overdue, by days to months: they come first, marked.
        var due = page.Locator("#reviews li.list-group-item-danger a").First;
        var name = (await due.TextContentAsync())!.Trim();
        await due.ClickAsync();
        await page.Locator("#new-review").ClickAsync();
        await page.GetByLabel("家庭情况（人员、住房、就业、健康等变化）").FillAsync("入户核查：户主腿伤未愈，暂不能外出务工。");
        await page.GetByLabel("第 1 位成员工资收入").FillAsync("300");
        await page.GetByLabel("第 1 位成员转移收入").FillAsync("");
        await page.GetByLabel("医疗").FillAsync("6000");
        await page.GetByLabel("建议调整").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "保存复核" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("已计入入户探访");
        (await page.Locator("h1").TextContentAsync()).Should().Contain(name);
        var review = page.Locator("#reviews li").First;
        (await review.TextContentAsync()).Should().Contain("腿伤未愈").And.Contain("建议调整");
        (await review.Locator(".reference").TextContentAsync()).Should().Contain("参考：").And.Contain("由民政部门审核确认");
        (await page.Locator("#programmes li").First.TextContentAsync()).Should().Contain("下次");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "assistance-review-phone.png"), FullPage = true });
    }
}
