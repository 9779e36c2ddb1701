using Microsoft.Playwright;
using Platform.IntegrationTests.Support;

namespace Platform.BrowserTests;

/// <summary>A station worker registers a client on a phone.</summary>
public sealed class RegistryTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    [Fact]
    public async Task A_worker_registers_a_client_on_a_phone_fixing_a_mistyped_id_number()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "worker02");

        await BrowserFixture.OpenMenuAsync(page);
        await page.Locator("#main-menu").GetByRole(AriaRole.Link, new() { Name = "服务对象" }).ClickAsync();
        await page.GetByRole(AriaRole.Link, new() { Name = "登记服务对象" }).ClickAsync();

        var id = TestIds.Make(new DateOnly(1946, 4, 18), male: true);
        await page.GetByLabel("姓名").FillAsync("熊长根");
        await page.GetByLabel("身份证号", new() { Exact = true }).FillAsync(id[..17] + (id[17] == '0' ? '1' : '0'));
        await page.GetByLabel("男", new() { Exact = true }).CheckAsync();
        await page.GetByLabel("联系电话").FillAsync("13607911234");
        await page.GetByLabel("现居住地址").FillAsync("莲塘镇东湖村 12 号");
        await page.GetByLabel("特困人员（分散供养）").CheckAsync();
        await page.GetByLabel("特殊困难老年人").CheckAsync();
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        (await page.Locator("span.text-danger").AllTextContentsAsync()).Should().Contain(t => t.Contains("校验位不正确"));
        await page.GetByLabel("身份证号", new() { Exact = true }).FillAsync(id);
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();

        await page.Locator("#client-name").WaitForAsync();
        (await page.Locator("#client-name").TextContentAsync()).Should().Be("熊长根");
        (await page.Locator("#categories").TextContentAsync()).Should().Contain("特困人员（分散供养）").And.Contain("特殊困难老年人");
        (await page.Locator("#full-id-number").TextContentAsync()).Should().Be(id);
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "client-registered-phone.png"), FullPage = true });

        // The archive is not complete yet; the worker fills the other sections and a need on the phone.
        (await page.Locator("#archive-status").TextContentAsync()).Should().Contain("建档未完成");
        await page.Locator("#archive-status").GetByRole(AriaRole.Link, new() { Name = "去填写" }).ClickAsync();
        await page.GetByLabel("健康状况").FillAsync("高血压，服药控制");
        await page.GetByLabel("部分自理").CheckAsync();
        await page.GetByLabel("情绪、认知、心理需要").FillAsync("独居，常感孤独");
        await page.GetByLabel("家庭结构").FillAsync("独居，女儿在外地");
        await page.GetByLabel("收入来源").FillAsync("特困供养金");
        await page.GetByLabel("住房情况").FillAsync("自有砖房");
        await page.Locator("main").GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        (await page.Locator("#archive-status").TextContentAsync()).Should().Contain("需求：至少记录一项需求");
        await page.GetByLabel("需求类型").SelectOptionAsync(new SelectOptionValue { Label = "生活照料" });
        await page.GetByLabel("需求描述").FillAsync("需要助餐服务");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加需求" }).ClickAsync();
        (await page.Locator("#archive-status").TextContentAsync()).Should().Contain("建档已完成");
        (await page.Locator("#needs").TextContentAsync()).Should().Contain("需要助餐服务");
        await page.ScreenshotAsync(new() { Path = Path.Combine(fixture.ScreenshotDirectory, "client-archive-complete-phone.png"), FullPage = true });

        await page.GetByRole(AriaRole.Link, new() { Name = "返回列表" }).ClickAsync();
        await page.GetByLabel("搜索").FillAsync("熊长根");
        await page.GetByRole(AriaRole.Button, new() { Name = "查询" }).ClickAsync();
        var row = page.Locator("#clients li", new() { HasText = "熊长根" });
        (await row.Locator(".id-number").TextContentAsync()).Should().Be(id[..6] + "********" + id[^4..], "lists show the number masked");
    }
}
