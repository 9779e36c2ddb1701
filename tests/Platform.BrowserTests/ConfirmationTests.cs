using Microsoft.Playwright;

namespace Platform.BrowserTests;

/// <summary>
/// On a phone, a station worker signs a care agreement, corrects it and ends it early — the end asks for the reason in a
/// confirmation that a cancel leaves unchanged — and marks a need 无需转介 through its confirmation with a reason.
/// </summary>
public sealed class ConfirmationTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_signs_corrects_and_ends_a_care_agreement_on_a_phone_and_cancelling_the_end_changes_nothing()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker01");
        await page.GotoAsync("/social-assistance/agreements");

        // A 分散供养 特困 person who never signed one: the demo leaves one in six so in each station.
        var unsigned = page.Locator("#unsigned a").First;
        var name = (await unsigned.TextContentAsync())!.Trim();
        await unsigned.ClickAsync();
        await page.Locator("#new-agreement").ClickAsync();
        await page.GetByLabel("姓名").FillAsync("赵丽华");
        await page.GetByLabel("与本人关系").FillAsync("邻居");
        await page.GetByLabel("联系电话").FillAsync("13812345678");
        await page.GetByLabel("照料服务内容").FillAsync("每日送两餐，每周打扫两次，陪同就医。");
        await page.GetByLabel("签订方").FillAsync("镇民政办、照料人、本人");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存协议" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("照料协议已保存");
        (await page.Locator("h1").TextContentAsync()).Should().Contain(name);
        var agreement = page.Locator("#agreements li").First;
        (await agreement.TextContentAsync()).Should().Contain("照料人赵丽华（邻居）");

        // 更正: the form holds what was signed; the carer's name was mistyped.
        await agreement.GetByRole(AriaRole.Link, new() { Name = "更正" }).ClickAsync();
        (await page.GetByLabel("姓名").InputValueAsync()).Should().Be("赵丽华");
        (await page.GetByLabel("联系电话").InputValueAsync()).Should().Be("13812345678");
        await page.GetByLabel("姓名").FillAsync("赵丽娟");
        await page.GetByRole(AriaRole.Button, new() { Name = "保存更正" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("已保存");
        agreement = page.Locator("#agreements li").First;
        (await agreement.TextContentAsync()).Should().Contain("照料人赵丽娟（邻居）").And.NotContain("赵丽华");

        // 提前终止 asks for the reason; cancelling leaves the agreement as it was.
        await agreement.GetByRole(AriaRole.Button, new() { Name = "提前终止" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.WaitForAsync();
        (await dialog.GetByRole(AriaRole.Heading).TextContentAsync()).Should().Contain("提前终止与赵丽娟的照料协议");
        (await dialog.GetByLabel("终止原因").IsVisibleAsync()).Should().BeTrue();
        await dialog.GetByRole(AriaRole.Button, new() { Name = "取消" }).ClickAsync();
        await dialog.WaitForAsync(new() { State = WaitForSelectorState.Hidden });
        await page.ReloadAsync();
        agreement = page.Locator("#agreements li").First;
        (await agreement.Locator(".agreement-state").TextContentAsync()).Should().NotContain("已提前终止");
        (await agreement.TextContentAsync()).Should().NotContain("提前终止：");

        await agreement.GetByRole(AriaRole.Button, new() { Name = "提前终止" }).ClickAsync();
        await dialog.WaitForAsync();
        await dialog.GetByLabel("终止原因").FillAsync("照料人外出务工，无法继续照料");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认终止" }).ClickAsync();

        (await page.Locator("#saved").TextContentAsync()).Should().Contain("照料协议已提前终止");
        agreement = page.Locator("#agreements li").First;
        (await agreement.Locator(".agreement-state").TextContentAsync()).Should().Contain("已提前终止");
        (await agreement.TextContentAsync()).Should().Contain("照料人外出务工，无法继续照料");
        (await agreement.GetByRole(AriaRole.Link, new() { Name = "更正" }).CountAsync()).Should().Be(0, "an ended agreement is kept as it was");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "assistance-agreement-phone.png"), FullPage = true });
    }

    [Fact]
    public async Task A_need_marked_no_referral_asks_for_a_reason_and_leaves_the_list()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker01");
        await page.GotoAsync("/resources/needs");

        // The demo's home visits found needs in each station: the phone shows them as a list.
        var need = page.Locator("#needs li").First;
        var description = (await need.Locator(".small").First.TextContentAsync())!.Trim();
        var before = await page.Locator("#needs li").CountAsync();
        await need.GetByRole(AriaRole.Button, new() { Name = "无需转介" }).ClickAsync();
        var dialog = page.GetByRole(AriaRole.Dialog);
        await dialog.WaitForAsync();
        (await dialog.TextContentAsync()).Should().Contain(description);
        await dialog.GetByLabel("原因").FillAsync("家人已帮忙配好药");
        await dialog.GetByRole(AriaRole.Button, new() { Name = "确认无需转介" }).ClickAsync();

        await page.Locator("#saved").WaitForAsync();
        (await page.Locator("#needs li").CountAsync()).Should().Be(before - 1);
        (await page.Locator("#needs").AllTextContentsAsync()).Should().NotContain(t => t.Contains(description));
    }
}
