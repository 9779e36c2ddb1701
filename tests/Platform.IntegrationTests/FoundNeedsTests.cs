using System.Net;
using System.Net.Http.Json;
using Platform.Contracts.Registry;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// A need found on a child visit, an elder visit or an assistance review goes on the client's archive (with its kind and
/// where it was found) and on the resources 待链接 list; with the resource-linking module off, on the archive all the same.
/// </summary>
public abstract class FoundNeedsTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record ArchiveNeed(string Kind, string Description, string? Source);

    private sealed record ClientNeeds(List<ArchiveNeed> Needs);

    private sealed record WaitingNeed(string ClientId, string Kind, string Description, string SourceModule);

    private sealed record Page<T>(List<T> Items);

    private sealed record VisitLine(string Id, string? Needs, string? NeedKind);

    private sealed record VisitsView(List<VisitLine> Visits);

    private static string Day(DateTimeOffset at) => $"{LocalDay(at):yyyy-MM-dd}";

    private static DateOnly LocalDay(DateTimeOffset at) => DateOnly.FromDateTime(at.ToOffset(TimeSpan.FromHours(8)).DateTime);

    /// <summary>A child with a file, an elder with a profile and a 低保 household, each visited with a need; the moment of the visits.</summary>
    private static async Task<(string Child, string Elder, string Head, DateTimeOffset At)> VisitedWithNeedsAsync(HttpClient worker, string prefix)
    {
        var at = DateTimeOffset.UtcNow.AddMinutes(-30);
        var child = await ChildWelfareTests<TPlatform>.RegisterChildAsync(worker, $"{prefix}童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var elder = await ElderlyTests<TPlatform>.RegisterElderAsync(worker, $"{prefix}老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var head = await SocialAssistanceTests<TPlatform>.RegisterAsync(worker, $"{prefix}户主");
        var programme = await SocialAssistanceTests<TPlatform>.StartAsync(worker, head, SocialAssistanceTests<TPlatform>.Dibao(LocalDay(at).AddMonths(-7)));

        await Created(worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", new { visitedAt = at, kind = "phone", content = "电话了解孩子近况。", needs = "孩子视力下降，需要配眼镜", needKind = "medical" }));
        await Created(worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = at, kind = "home", content = "老人独居，做饭困难。", needs = "想要助餐服务", needKind = "care" }));
        await Created(worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{head}/reviews", new
        {
            programmeId = programme, visitedAt = at, findings = "入户复核：户主腰椎病加重。", conclusion = "maintain", needs = "户主需要康复理疗和轮椅", needKind = "medical",
            members = new object[] { new { name = "户主", relation = "户主", wages = 500 } },
        }));
        return (child, elder, head, at);
    }

    private static async Task<string> Created(Task<HttpResponseMessage> sent)
    {
        var response = await sent;
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<ArchiveNeed> OnTheArchiveAsync(HttpClient worker, string client, string description)
    {
        ArchiveNeed? need = null;
        await ModuleData.WaitUntilAsync(
            async () => (need = (await worker.GetFromJsonAsync<ClientNeeds>($"/api/v1/registry/clients/{client}"))!.Needs.SingleOrDefault(n => n.Description == description)) is not null,
            $"“{description}” on the archive", seconds: 30);
        return need!;
    }

    private static async Task<List<WaitingNeed>> WaitingAsync(HttpClient worker, string client) =>
        (await worker.GetFromJsonAsync<Page<WaitingNeed>>($"/api/v1/resources/needs?clientId={client}"))!.Items;

    [Fact]
    public async Task A_child_visits_an_elder_visits_and_a_reviews_need_go_on_the_archive_with_kind_and_source_wait_for_a_resource_and_stay_on_the_archive_when_withdrawn()
    {
        var worker = await Factory.ApiAsync("worker08");
        var (child, elder, head, at) = await VisitedWithNeedsAsync(worker, "档案需求");

        (await OnTheArchiveAsync(worker, child, "孩子视力下降，需要配眼镜")).Should().Be(new ArchiveNeed("medical", "孩子视力下降，需要配眼镜", $"儿童关爱探视 {Day(at)}"));
        (await OnTheArchiveAsync(worker, elder, "想要助餐服务")).Should().Be(new ArchiveNeed("care", "想要助餐服务", $"老年人探访 {Day(at)}"));
        (await OnTheArchiveAsync(worker, head, "户主需要康复理疗和轮椅")).Should().Be(new ArchiveNeed("medical", "户主需要康复理疗和轮椅", $"低保入户复核 {Day(at)}"));

        await ModuleData.WaitUntilAsync(async () => (await WaitingAsync(worker, child)).Count + (await WaitingAsync(worker, elder)).Count + (await WaitingAsync(worker, head)).Count == 3, "the three needs on the 待链接 list", seconds: 30);
        (await WaitingAsync(worker, child)).Should().ContainSingle().Which.Should().Be(new WaitingNeed(child, "medical", "孩子视力下降，需要配眼镜", "child-welfare"));
        (await WaitingAsync(worker, elder)).Should().ContainSingle().Which.Should().Be(new WaitingNeed(elder, "care", "想要助餐服务", "elderly"));
        (await WaitingAsync(worker, head)).Should().ContainSingle().Which.Should().Be(new WaitingNeed(head, "medical", "户主需要康复理疗和轮椅", "social-assistance"));

        // The visit records keep the kind, and show it where they show the needs.
        var childVisit = (await worker.GetFromJsonAsync<VisitsView>($"/api/v1/child-welfare/children/{child}"))!.Visits.Single();
        (childVisit.Needs, childVisit.NeedKind).Should().Be(("孩子视力下降，需要配眼镜", "medical"));
        var elderVisit = (await worker.GetFromJsonAsync<VisitsView>($"/api/v1/elderly/elders/{elder}"))!.Visits.Single();
        (elderVisit.Needs, elderVisit.NeedKind).Should().Be(("想要助餐服务", "care"));
        var browser = await Factory.BrowserAsync("worker08");
        (await browser.GetPageAsync($"/child-welfare/children/details/{child}")).QuerySelector("#visits")!.TextContent.Should().Contain("需求（医疗康复）：孩子视力下降，需要配眼镜");
        (await browser.GetPageAsync($"/elderly/elders/details/{elder}")).QuerySelector("#visits")!.TextContent.Should().Contain("需求（生活照料）：想要助餐服务");

        // Withdrawn, the visit's need leaves the 待链接 list; on the archive it stays, the worker's to follow up or close there.
        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/visits/{childVisit.Id}/withdraw", new { reason = "登记错了日期" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => (await WaitingAsync(worker, child)).Count == 0, "the withdrawn visit's need to leave the 待链接 list", seconds: 30);
        await Factory.OutboxesDeliveredAsync();
        (await worker.GetFromJsonAsync<ClientNeeds>($"/api/v1/registry/clients/{child}"))!.Needs.Should().ContainSingle(n => n.Description == "孩子视力下降，需要配眼镜");
    }

    [Fact]
    public async Task With_the_resource_linking_module_off_the_needs_still_go_on_the_archive_and_the_forms_still_ask_their_kind()
    {
        await using var off = new PlatformFactory(platform.Database, new Dictionary<string, string?> { ["Platform:Modules:resources:Enabled"] = "false" });
        var worker = await off.ApiAsync("worker09");
        (await worker.ModulesAsync()).Select(m => m.Key).Should().NotContain("resources");
        var (child, elder, head, at) = await VisitedWithNeedsAsync(worker, "关闭需求");

        (await OnTheArchiveAsync(worker, child, "孩子视力下降，需要配眼镜")).Should().Be(new ArchiveNeed("medical", "孩子视力下降，需要配眼镜", $"儿童关爱探视 {Day(at)}"));
        (await OnTheArchiveAsync(worker, elder, "想要助餐服务")).Should().Be(new ArchiveNeed("care", "想要助餐服务", $"老年人探访 {Day(at)}"));
        (await OnTheArchiveAsync(worker, head, "户主需要康复理疗和轮椅")).Should().Be(new ArchiveNeed("medical", "户主需要康复理疗和轮椅", $"低保入户复核 {Day(at)}"));

        var browser = await off.BrowserAsync("worker09");
        foreach (var form in new[] { $"/child-welfare/visits/create?clientId={child}", $"/elderly/visits/create?clientId={elder}" })
        {
            var page = await browser.GetPageAsync(form);
            page.QuerySelectorAll("#need-kind option").Should().HaveCount(NeedKinds.All.Count, form);
            page.QuerySelector("#needs-help")!.TextContent.Should().Contain("档案").And.NotContain("链接资源", form);
        }
    }
}

public sealed class FoundNeedsTestsOnSqlite(SqlitePlatform platform) : FoundNeedsTests<SqlitePlatform>(platform);

public sealed class FoundNeedsTestsOnPostgres(PostgresPlatform platform) : FoundNeedsTests<PostgresPlatform>(platform);
