using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A station worker logs the hours of assisting the town on a phone and sees them in the progress page.</summary>
public sealed class LedgerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_logs_hours_on_a_phone_and_sees_them_counted_as_not_professional()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker04");

        await page.GotoAsync("/ledger/progress");
        var before = await page.Locator("tr[data-code=ASSIST] td").Nth(1).TextContentAsync();
        var share = await page.Locator("#professional-share").TextContentAsync();
        share.Should().Contain("要求不低于 70%");

        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "登记工作时长" }).ClickAsync();
        var today = DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));
        await page.GetByLabel("日期").FillAsync(today.AddDays(1).ToString("yyyy-MM-dd"));
        await page.GetByLabel("时长（小时）").FillAsync("2.5");
        await page.GetByLabel("做了什么").FillAsync("协助镇民政办低保年审入户核查");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        (await page.Locator(".alert-danger").TextContentAsync()).Should().Contain("不能登记今天以后的时长");

        await page.GetByLabel("日期").FillAsync(today.ToString("yyyy-MM-dd"));
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "登记" }).ClickAsync();
        (await page.Locator("[role=status]").TextContentAsync()).Should().Contain("已登记 2.5 小时");
        (await page.Locator("#recent").TextContentAsync()).Should().Contain("协助镇民政办低保年审入户核查");

        await page.GotoAsync("/ledger/progress");
        var after = await page.Locator("tr[data-code=ASSIST] td").Nth(1).TextContentAsync();
        decimal Done(string? cell) => decimal.Parse(System.Text.RegularExpressions.Regex.Match(cell!.Trim(), @"^[\d.]+").Value, System.Globalization.CultureInfo.InvariantCulture);
        Done(after).Should().Be(Done(before) + 2.5m);
        (await page.Locator("tr[data-code=ASSIST]").TextContentAsync()).Should().Contain("非专业");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "ledger-progress-phone.png"), FullPage = true });
    }
}
