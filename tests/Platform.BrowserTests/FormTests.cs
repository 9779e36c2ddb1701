using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// The forms on a phone: a save says so, withdrawing and archiving ask first (with the reason) and do nothing when
/// cancelled, an elder visit takes a photo, and a second registration at the same station links the first.
/// </summary>
public sealed class FormTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    /// <summary>The layout shows TempData["Saved"] once, centrally (the shell's #saved).</summary>
    [Fact]
    public async Task Saving_a_child_visit_says_it_is_saved()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker02");
        await page.GotoAsync("/child-welfare/children");
        await page.Locator("#children li a").First.ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("探视情况").FillAsync("孩子在家，祖母在做饭。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存探视" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("探视已保存");
        await page.ReloadAsync();
        (await page.Locator("#saved").CountAsync()).Should().Be(0, "the message is shown once");
    }

    [Fact]
    public async Task Withdrawing_a_child_visit_asks_for_the_reason_first_and_cancelling_withdraws_nothing()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker06");
        await page.GotoAsync("/child-welfare/children");
        await page.Locator("#children li a").First.ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("探视情况").FillAsync("撤回测试：登记错了孩子。");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存探视" }).ClickAsync();

        var visit = page.Locator("#visits li").Filter(new() { HasText = "撤回测试" });
        (await page.Locator(".modal.show").CountAsync()).Should().Be(0);
        (await page.GetByLabel("撤回原因").First.IsVisibleAsync()).Should().BeFalse("nothing but the button is shown under a visit");
        await visit.GetByRole(AriaRole.Button, new() { Name = "撤回" }).ClickAsync();
        var dialog = page.Locator(".modal.show");
        await dialog.GetByLabel("撤回原因").WaitForAsync();
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "withdraw-confirm-phone.png") });
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.ReloadAsync();
        (await visit.TextContentAsync()).Should().NotContain("已撤回");

        await visit.GetByRole(AriaRole.Button, new() { Name = "撤回" }).ClickAsync();
        await page.Locator(".modal.show").GetByLabel("撤回原因").FillAsync("登记错了孩子");
        await page.Locator(".modal.show").GetByRole(AriaRole.Button, new() { Name = "确认撤回" }).ClickAsync();
        await page.Locator("#visits li").Filter(new() { HasText = "已撤回：登记错了孩子" }).WaitForAsync();
    }

    [Fact]
    public async Task Archiving_a_client_asks_for_the_reason_first_and_cancelling_archives_nothing()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker10");
        await page.GotoAsync("/registry/clients");
        await page.Locator("main a[href*='/registry/clients/details/']:visible").First.ClickAsync();
        var archive = page.GetByRole(AriaRole.Button, new() { Name = "归档", Exact = true });
        (await page.GetByLabel("归档原因").IsVisibleAsync()).Should().BeFalse();
        await archive.ClickAsync();
        var dialog = page.Locator(".modal.show");
        await dialog.GetByLabel("归档原因").WaitForAsync();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认归档" }).ClickAsync();
        (await dialog.IsVisibleAsync()).Should().BeTrue("an empty reason is refused in the browser before anything is sent");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.ReloadAsync();
        (await archive.IsVisibleAsync()).Should().BeTrue("the client is still on the register");
        (await page.GetByRole(AriaRole.Button, new() { Name = "恢复为在册服务对象" }).CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task An_elder_visit_takes_a_photo_shown_on_the_elders_page()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker12");
        await page.GotoAsync("/elderly/elders");
        await page.Locator("#elders li a").First.ClickAsync();
        await page.Locator("#new-visit").ClickAsync();
        await page.GetByLabel("探访情况").FillAsync("入户：老人在家，厨房燃气灶已换新。");
        await page.Locator("#photos").SetInputFilesAsync(new FilePayload { Name = "燃气灶.png", MimeType = "image/png", Buffer = Png() });
        await page.GetByRole(AriaRole.Button, new() { Name = "保存探访" }).ClickAsync();

        var visit = page.Locator("#visits li").Filter(new() { HasText = "燃气灶已换新" });
        var photo = visit.Locator(".photos img");
        await photo.WaitForAsync();
        (await photo.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.addEventListener('load', () => r(img.naturalWidth)))")).Should().BeGreaterThan(0);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "elder-visit-photo-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task Registering_someone_the_station_already_has_says_so_and_links_the_record()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker14");
        var idNumber = Platform.IntegrationTests.Support.TestIds.Make(new DateOnly(1948, 2, 2), male: true);
        for (var time = 0; time < 2; time++)
        {
            await page.GotoAsync("/registry/clients/register");
            await page.GetByLabel("姓名", new() { Exact = true }).FillAsync("重号测试");
            await page.GetByLabel("身份证号", new() { Exact = true }).FillAsync(idNumber);
            await page.GetByLabel("男", new() { Exact = true }).CheckAsync();
            await page.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
            await page.WaitForLoadStateAsync();
        }

        (await page.Locator("main").TextContentAsync()).Should().Contain("此人已在本站登记").And.NotContain("转到本站");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "duplicate-id-phone.png"), FullPage = true });
        await page.Locator("#existing a").ClickAsync();
        await page.WaitForURLAsync("**/registry/clients/details/**");
        (await page.Locator("#client-name").TextContentAsync()).Should().Be("重号测试");
    }

    private static byte[] Png()
    {
        using var bitmap = new SkiaSharp.SKBitmap(80, 60);
        bitmap.Erase(SkiaSharp.SKColors.Teal);
        using var image = SkiaSharp.SKImage.FromBitmap(bitmap);
        return image.Encode(SkiaSharp.SKEncodedImageFormat.Png, 100).ToArray();
    }
}
