using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>A volunteer signs in and out on a phone from the activity's QR code, with no account; the worker sees them on the sheet.</summary>
public sealed class VolunteerTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_volunteer_signs_in_and_out_on_a_phone_from_the_qr_code_without_an_account()
    {
        await using var workerContext = await fixture.PhoneAsync();
        var worker = await workerContext.NewPageAsync();
        await BrowserFixture.LogInAsync(worker, "worker01");
        await BrowserFixture.OpenMenuAsync(worker);
        await worker.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "志愿服务活动" }).ClickAsync();

        // The demo runs one activity per station today, its code valid now: the newest comes first.
        await worker.Locator("#activities a").First.ClickAsync();
        (await worker.Locator("#qr").GetAttributeAsync("src")).Should().Contain("handler=Qr");
        var link = (await worker.Locator("#scan-link").GetAttributeAsync("href"))!;
        await worker.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "volunteer-activity-qr-phone.png"), FullPage = true });

        // What the phone camera opens: no log-in.
        await using var phone = await fixture.PhoneAsync();
        var page = await phone.NewPageAsync();
        await page.GotoAsync(link);
        (await page.Locator("#scan-title").TextContentAsync()).Should().Contain("社区环境清洁日");
        await page.GetByLabel("姓名").FillAsync("扫码路人");
        await page.GetByLabel("身份证号或手机号后四位").FillAsync("4321");
        await page.GetByRole(AriaRole.Button, new() { Name = "签到", Exact = true }).ClickAsync();
        (await page.Locator("#scan-result").TextContentAsync()).Should().Contain("签到成功").And.Contain("核对");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "volunteer-scan-sign-in-phone.png"), FullPage = true });

        await page.GotoAsync(link);
        await page.GetByLabel("姓名").FillAsync("扫码路人");
        await page.GetByLabel("身份证号或手机号后四位").FillAsync("4321");
        await page.GetByRole(AriaRole.Button, new() { Name = "签退", Exact = true }).ClickAsync();
        (await page.Locator("#scan-result").TextContentAsync()).Should().Contain("签退成功");

        await worker.ReloadAsync();
        (await worker.Locator("#sheet").TextContentAsync()).Should().Contain("扫码路人").And.Contain("待核对");
    }
}
