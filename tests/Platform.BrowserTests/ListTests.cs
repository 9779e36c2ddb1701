using System.Text.RegularExpressions;
using Microsoft.Playwright;
using MiniExcelLibs;

namespace Platform.BrowserTests;

/// <summary>Lists on the desktop are tables (a search form, sortable columns, numbered pages, 导出 Excel); on a phone, cards.</summary>
public sealed partial class ListTests(BrowserFixture fixture) : IClassFixture<BrowserFixture>
{
    private const string Station = "莲塘镇民政服务站";

    private Task<IBrowserContext> DesktopAsync() => fixture.Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = fixture.BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 1366, Height = 900 },
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
        AcceptDownloads = true,
    });

    [GeneratedRegex(@"共 ([\d,]+) 条")]
    private static partial Regex TotalText();

    private static async Task<int> TotalAsync(IPage page) =>
        int.Parse(TotalText().Match((await page.Locator(".list-total").TextContentAsync())!).Groups[1].Value.Replace(",", ""), System.Globalization.CultureInfo.InvariantCulture);

    private static async Task<List<string>> ColumnAsync(IPage page, string table, string cell) =>
        [.. (await page.Locator($"#{table} tbody tr {cell}").AllTextContentsAsync()).Select(t => t.Trim())];

    [Fact]
    public async Task The_lead_filters_sorts_pages_and_exports_the_clients_table()
    {
        await using var context = await DesktopAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "lead");
        await page.GotoAsync("/registry/clients");
        (await page.Locator("#clients-table").IsVisibleAsync()).Should().BeTrue("a desktop shows the table");
        (await page.Locator("#clients").IsVisibleAsync()).Should().BeFalse("the cards are for phones");
        var everyone = await TotalAsync(page);
        (await ColumnAsync(page, "clients-table", "td.station")).Distinct().Should().HaveCountGreaterThan(1, "the lead sees every station");

        // The station filter: only that station's rows.
        await page.Locator("#filter-station").SelectOptionAsync(new SelectOptionValue { Label = Station });
        await page.Locator("#filter-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex("stationId="));
        var total = await TotalAsync(page);
        total.Should().BeGreaterThan(20).And.BeLessThan(everyone);
        (await ColumnAsync(page, "clients-table", "td.station")).Should().HaveCount(20).And.OnlyContain(s => s == Station);

        // Sort by birth date: the header says so, and the dates run up, then down on a second click.
        await page.Locator("#clients-table thead a", new() { HasText = "出生日期" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=birth&dir=asc"));
        (await page.Locator("#clients-table thead th[aria-sort=ascending]").TextContentAsync()).Should().Contain("出生日期");
        var ascending = (await ColumnAsync(page, "clients-table", "td.birth")).Where(d => d.Length > 0).ToList();
        ascending.Should().NotBeEmpty().And.BeInAscendingOrder(StringComparer.Ordinal);
        await page.Locator("#clients-table thead a", new() { HasText = "出生日期" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("sort=birth&dir=desc"));
        var firstPage = await ColumnAsync(page, "clients-table", "td.birth");
        firstPage.Where(d => d.Length > 0).Should().BeInDescendingOrder(StringComparer.Ordinal);
        string.CompareOrdinal(firstPage.First(d => d.Length > 0), ascending[^1]).Should().BeGreaterThanOrEqualTo(0, "the database sorts the whole station, not the page shown");
        firstPage.Should().NotContain(ascending[0], "the oldest is at the other end now");
        (await ColumnAsync(page, "clients-table", "td.station")).Should().OnlyContain(s => s == Station, "the sort keeps the filter");

        // Page 2 follows page 1 in the same order.
        await page.Locator(".list-pager .pagination a", new() { HasText = "2" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2"));
        (await page.Locator(".list-pager .page-item.active").TextContentAsync())!.Trim().Should().Be("2");
        var secondPage = await ColumnAsync(page, "clients-table", "td.birth");
        secondPage.Should().HaveCount(20);
        string.CompareOrdinal(secondPage.First(d => d.Length > 0), firstPage.Last(d => d.Length > 0)).Should().BeLessThanOrEqualTo(0);

        // Another page size: the whole station on one page, back on page 1.
        await page.Locator(".list-page-size button").ClickAsync();
        await page.Locator(".list-page-size .dropdown-item", new() { HasText = "每页 50 条" }).ClickAsync();
        await page.WaitForURLAsync(new Regex("pageSize=50"));
        var names = await ColumnAsync(page, "clients-table", "td:first-child");
        names.Should().HaveCount(total);

        // 导出 Excel: the file opens and holds exactly the rows the filter found, ID numbers masked as the list shows them.
        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#export").ClickAsync());
        var file = Path.Combine(Path.GetTempPath(), $"clients-{Guid.NewGuid():N}.xlsx");
        await download.SaveAsAsync(file);
        try
        {
            var rows = MiniExcel.Query(file, useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
            rows.Select(r => r["姓名"]?.ToString()).Should().BeEquivalentTo(names);
            var shownIds = await ColumnAsync(page, "clients-table", "td.id-number");
            rows.Select(r => r["身份证号"]?.ToString() ?? "").Should().BeEquivalentTo(shownIds).And.OnlyContain(id => id.Length == 0 || id.Contains("********"));
        }
        finally
        {
            File.Delete(file);
        }

        // A filter that matches no one says to widen it.
        await page.GotoAsync($"/registry/clients?q={Uri.EscapeDataString("查无此人甲乙")}");
        (await page.Locator(".list-empty").TextContentAsync()).Should().Contain("没有符合条件的服务对象，请放宽条件");
    }

    [Fact]
    public async Task A_phone_shows_the_same_clients_as_cards()
    {
        await using var context = await fixture.PhoneAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "lead");
        await page.GotoAsync("/registry/clients?stationId=");
        (await page.Locator("#clients").IsVisibleAsync()).Should().BeTrue();
        (await page.Locator("#clients-table").IsVisibleAsync()).Should().BeFalse();
        (await page.Locator("#clients li").CountAsync()).Should().Be(20);
        (await page.Locator("#filter-station").IsVisibleAsync()).Should().BeFalse("on the phone the filters are folded, so the first cards are on the first screen");
        (await page.GetByLabel("搜索").IsVisibleAsync()).Should().BeTrue("the search box stays in view: looking a person up is what the phone is for");
        var toggle = page.Locator(".list-search-toggle");
        (await toggle.TextContentAsync()).Should().Be("筛选");
        await toggle.ClickAsync();
        (await page.Locator("#filter-station").IsVisibleAsync()).Should().BeTrue("the lead sees several stations");
        await page.Locator("#filter-station").SelectOptionAsync(new SelectOptionValue { Label = Station });
        await page.Locator("#filter-submit").ClickAsync();
        await page.WaitForURLAsync(new Regex("stationId=[0-9a-f]"));
        (await page.Locator(".list-search-toggle").TextContentAsync()).Should().Be("筛选（1 项）", "the folded form says a filter is in force");
        (await page.Locator("#clients li").CountAsync()).Should().BeGreaterThan(0);

        // A worker's account list has only its search box (no station to choose): nothing folds, so no 筛选 button.
        await using var workerContext = await fixture.PhoneAsync();
        var worker = await workerContext.NewPageAsync();
        await BrowserFixture.LogInAsync(worker, "worker01");
        await worker.GotoAsync("/staff/accounts");
        (await worker.GetByPlaceholder("用户名或姓名").IsVisibleAsync()).Should().BeTrue();
        (await worker.Locator(".list-search-toggle").CountAsync()).Should().Be(0);
    }

    [Fact]
    public async Task The_childrens_list_is_paged_and_a_worker_has_no_station_filter()
    {
        await using var context = await DesktopAsync();
        var page = await context.NewPageAsync();
        await BrowserFixture.LogInAsync(page, "lead");
        await page.GotoAsync("/child-welfare/children");
        var total = await TotalAsync(page);
        total.Should().BeGreaterThan(20);
        (await page.Locator("#children-table tbody tr").CountAsync()).Should().Be(20, "one page, not the whole district");
        (await page.Locator("#overview").IsVisibleAsync()).Should().BeTrue("the overview stays above the list");
        await page.Locator(".list-pager .pagination a[aria-label='下一页']").ClickAsync();
        await page.WaitForURLAsync(new Regex("page=2"));
        (await page.Locator("#children-table tbody tr").CountAsync()).Should().Be(Math.Min(20, total - 20));

        await using var worker = await DesktopAsync();
        var own = await worker.NewPageAsync();
        await BrowserFixture.LogInAsync(own, "worker01");
        await own.GotoAsync("/socialwork/visits");
        (await own.Locator("#filter-station").CountAsync()).Should().Be(0, "a worker sees only their station");
        (await own.Locator("#filter-worker").IsVisibleAsync()).Should().BeTrue();
    }
}
