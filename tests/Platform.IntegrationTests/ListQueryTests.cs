using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.RegularExpressions;
using MiniExcelLibs;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// What every list takes from its query: a whitelisted sort (an unknown one is the default order, never an error or
/// SQL), a page size kept within 1–100, and an empty value that is no filter (<c>stationId=</c> lists every station).
/// </summary>
public abstract class ListQueryTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record Row(string Id, string Name, string StationId, DateOnly? BirthDate);

    private sealed record ClientList(List<Row> Items, int Total, int Page, int PageSize, SortView Sort);

    private sealed record SortView(string Column, bool Descending);

    private sealed record StationLine(string Id, string Name);

    private sealed record VisitPage(List<VisitRow> Items, int Total);

    private sealed record VisitRow(string Id, string StationId, DateTimeOffset VisitedAt);

    private static async Task<ClientList> ClientsAsync(HttpClient client, string query)
    {
        var response = await client.GetAsync("/api/v1/registry/clients?" + query);
        response.StatusCode.Should().Be(HttpStatusCode.OK, query);
        return (await response.Content.ReadFromJsonAsync<ClientList>())!;
    }

    [Theory]
    [InlineData("sort=name;DROP TABLE clients")]
    [InlineData("sort=IdNumber")]
    [InlineData("sort=&dir=")]
    [InlineData("sort=name&dir=sideways")]
    public async Task An_unknown_sort_answers_the_default_order(string sort)
    {
        var lead = await Factory.ApiAsync("lead");
        var byDefault = await ClientsAsync(lead, "pageSize=30");
        var asked = await ClientsAsync(lead, "pageSize=30&" + sort);
        asked.Sort.Should().Be(new SortView("name", false));
        asked.Items.Select(r => r.Id).Should().Equal(byDefault.Items.Select(r => r.Id));
    }

    [Fact]
    public async Task A_known_sort_orders_in_the_query_across_pages()
    {
        var worker = await Factory.ApiAsync("worker01");
        var first = await ClientsAsync(worker, "sort=birth&dir=desc&pageSize=10");
        var second = await ClientsAsync(worker, "sort=birth&dir=desc&pageSize=10&page=2");
        first.Sort.Should().Be(new SortView("birth", true));
        var dates = first.Items.Concat(second.Items).Select(r => r.BirthDate).Where(d => d is not null).ToList();
        dates.Should().HaveCountGreaterThan(10).And.BeInDescendingOrder("page 2 follows page 1 in the database's order");
        first.Items.Select(r => r.Id).Should().NotIntersectWith(second.Items.Select(r => r.Id));
    }

    [Theory]
    [InlineData(1000, 100)]
    [InlineData(0, 1)]
    [InlineData(-5, 1)]
    [InlineData(50, 50)]
    public async Task The_page_size_is_kept_within_one_to_a_hundred(int asked, int served)
    {
        var page = await ClientsAsync(await Factory.ApiAsync("lead"), $"pageSize={asked}");
        page.PageSize.Should().Be(served);
        page.Items.Should().HaveCount(Math.Min(served, page.Total));
    }

    [Fact]
    public async Task An_empty_station_is_no_filter_and_a_chosen_one_narrows_to_it()
    {
        var lead = await Factory.ApiAsync("lead");
        var all = await ClientsAsync(lead, "pageSize=100");
        var empty = await ClientsAsync(lead, "pageSize=100&stationId=&q=&category=&need=&village=&sort=&dir=");
        empty.Total.Should().Be(all.Total);
        empty.Items.Select(r => r.Id).Should().Equal(all.Items.Select(r => r.Id));
        all.Items.Select(r => r.StationId).Distinct().Should().HaveCountGreaterThan(1, "the lead sees every station");

        var station = (await lead.GetFromJsonAsync<List<StationLine>>("/api/v1/staff/stations"))!.First(s => s.Name == "莲塘镇民政服务站");
        var one = await ClientsAsync(lead, $"pageSize=100&stationId={station.Id}");
        one.Total.Should().BeGreaterThan(0).And.BeLessThan(all.Total);
        one.Items.Should().OnlyContain(r => r.StationId == station.Id);

        // A worker cannot reach another station by naming it: the station filter of the database still holds.
        var worker = await Factory.ApiAsync("worker03");
        (await ClientsAsync(worker, $"stationId={station.Id}")).Total.Should().Be(0);
    }

    [Fact]
    public async Task Visits_take_empty_filters_as_none_and_a_station_as_that_station()
    {
        var lead = await Factory.ApiAsync("lead");
        var all = (await lead.GetFromJsonAsync<VisitPage>("/api/v1/socialwork/visits?pageSize=100"))!;
        var empty = await lead.GetAsync("/api/v1/socialwork/visits?pageSize=100&clientId=&workerId=&stationId=&sort=&dir=");
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.Content.ReadFromJsonAsync<VisitPage>())!.Total.Should().Be(all.Total);
        all.Items.Select(v => v.VisitedAt).Should().BeInDescendingOrder();

        var stationId = all.Items.GroupBy(v => v.StationId).OrderByDescending(g => g.Count()).First().Key;
        var one = (await lead.GetFromJsonAsync<VisitPage>($"/api/v1/socialwork/visits?pageSize=100&stationId={stationId}&sort=visited&dir=asc"))!;
        one.Items.Should().NotBeEmpty().And.OnlyContain(v => v.StationId == stationId);
        one.Items.Select(v => v.VisitedAt).Should().BeInAscendingOrder();
    }

    [Theory]
    [InlineData("/registry/clients?stationId=&q=&category=&need=&village=&sort=bogus&dir=&page=&pageSize=")]
    [InlineData("/registry/clients?page=999999&pageSize=7")]
    [InlineData("/socialwork/visits?stationId=&workerId=&kind=&from=&to=&sort=bogus&page=&pageSize=")]
    [InlineData("/socialwork/cases?stationId=&pending=&sort=bogus&dir=up")]
    [InlineData("/socialwork/groups?stationId=&sort=bogus")]
    [InlineData("/socialwork/activities?stationId=&sort=bogus")]
    [InlineData("/socialwork/pending?stationId=&kind=&sort=bogus")]
    [InlineData("/child-welfare/children?stationId=&keyOnly=&sort=bogus&page=&pageSize=")]
    [InlineData("/elderly/elders?stationId=&dueOnly=&sort=bogus&page=")]
    [InlineData("/social-assistance/aid?stationId=&all=&sort=bogus&dir=up&page=&pageSize=")]
    public async Task A_list_page_takes_empty_and_unknown_values_as_no_filter(string url)
    {
        var page = await (await Factory.BrowserAsync("lead")).GetPageAsync(url);
        page.QuerySelector(".list-pager")!.TextContent.Should().Contain("共");
    }

    [Fact]
    public async Task The_childrens_list_is_paged_and_sorted_in_the_query()
    {
        var browser = await Factory.BrowserAsync("lead");
        var first = await browser.GetPageAsync("/child-welfare/children?sort=name&pageSize=10");
        var children = first.QuerySelectorAll("#children-table tbody tr td:first-child a").Select(a => a.GetAttribute("href")).ToList();
        children.Should().HaveCount(10);
        first.QuerySelector(".list-pager .pagination").Should().NotBeNull("a district's children are more than one page");
        var second = await browser.GetPageAsync("/child-welfare/children?sort=name&pageSize=10&page=2");
        second.QuerySelectorAll("#children-table tbody tr td:first-child a").Select(a => a.GetAttribute("href")).Should().HaveCount(10).And.NotIntersectWith(children);
    }

    [Theory]
    [InlineData("lead", "/socialwork/visits?sort=visited&dir=asc", "探访记录", 1)]
    [InlineData("lead", "/socialwork/cases?sort=client", "个案工作", 1)]
    [InlineData("lead", "/socialwork/groups?sort=name", "小组工作", 1)]
    [InlineData("lead", "/socialwork/activities?sort=date&dir=asc", "社区活动", 1)]
    [InlineData("worker01", "/child-welfare/children?sort=name", "儿童关爱", 11)]
    [InlineData("lead", "/elderly/elders?sort=name", "老年人探访", 11)]
    [InlineData("lead", "/social-assistance/households?sort=name", "救助复核", 11)]
    [InlineData("lead", "/social-assistance/alerts?sort=name", "预警核查", 11)]
    [InlineData("lead", "/social-assistance/aid?sort=name", "临时救助", 11)]
    [InlineData("lead", "/resources/referrals?sort=client", "转介记录", 1)]
    [InlineData("lead", "/resources?sort=name", "资源目录", 1)]
    public async Task A_lists_export_holds_every_row_its_search_finds_in_the_lists_order_and_is_audited(string user, string list, string name, int atLeast)
    {
        var browser = await Factory.BrowserAsync(user);
        var page = await browser.GetPageAsync(list + "&pageSize=10");
        var total = int.Parse(Regex.Match(page.QuerySelector(".list-total")!.TextContent, @"共 ([\d,]+) 条").Groups[1].Value, NumberStyles.AllowThousands, CultureInfo.InvariantCulture);
        total.Should().BeGreaterThanOrEqualTo(atLeast, "the demo has these rows (more than a page of 10 where it says 11: the file must then hold more than the page shown)");
        var shown = page.QuerySelectorAll(".list-table tbody tr td:first-child").Select(td => td.TextContent.Trim()).ToList();

        var link = page.QuerySelector("#list-export")!.GetAttribute("href")!;
        link.Should().Contain("handler=Export").And.NotContain("pageSize", "a file holds every page, not the one shown");
        var download = await browser.GetAsync(link);
        download.StatusCode.Should().Be(HttpStatusCode.OK);
        download.Content.Headers.ContentType!.MediaType.Should().Be("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        download.Content.Headers.ContentDisposition!.FileNameStar.Should().StartWith(name);
        var sheet = (await download.Content.ReadAsStreamAsync()).Query(useHeaderRow: true).Cast<IDictionary<string, object?>>().ToList();
        sheet.Should().HaveCount(total, "the file holds every row the search finds");
        sheet.Take(shown.Count).Select(r => r.Values.First()?.ToString()).Should().Equal(shown, "in the order the list shows them");
        (await (await Factory.ApiAsync("admin")).AuditAsync($"userName={user}&action=导出{name}")).Should().Contain(e => e.Detail == $"{total} 行");
    }
}

public sealed class ListQueryTestsOnSqlite(SqlitePlatform platform) : ListQueryTests<SqlitePlatform>(platform);

public sealed class ListQueryTestsOnPostgres(PostgresPlatform platform) : ListQueryTests<PostgresPlatform>(platform);
