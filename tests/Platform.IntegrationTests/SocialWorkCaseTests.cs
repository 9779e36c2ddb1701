using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>Casework: the phases in order, closure only with six sessions and every document, one case credited at evaluation; transfer; denials.</summary>
public abstract class SocialWorkCaseTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private sealed record DocumentLine(string Title);

    private sealed record CaseView(string Id, bool IsCounted, string Phase, List<DocumentLine> Documents);

    private sealed record PendingLine(string StationId, List<string> Missing, string Link);

    private static async Task<string> RegisterAsync(HttpClient worker, string name)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(1958, 7, 7), male: true), sex = "male", address = "蒋巷镇" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<decimal> Cases(HttpClient worker)
    {
        var me = await worker.MeAsync();
        return (await worker.LedgerSummaryAsync($"workerId={me.Id}")).Row("CASEWORK").Quantity;
    }

    private static async Task ShouldBeRefused(HttpResponseMessage response, HttpStatusCode status, string message)
    {
        response.StatusCode.Should().Be(status);
        (await response.Content.ReadAsStringAsync()).Should().Contain(message);
    }

    private static object Document(string kind, int daysAgo, string content, string? extra = null) => new { kind, date = Today.AddDays(-daysAgo), content, extra };

    [Fact]
    public async Task A_case_closes_only_with_every_document_and_six_sessions_and_counts_once_evaluated_to_the_worker_then_responsible()
    {
        var worker = await Factory.ApiAsync("worker05");
        var colleague = await Factory.ApiAsync("worker06");
        var client = await RegisterAsync(worker, "曹德明");
        var (mine, theirs) = (await Cases(worker), await Cases(colleague));
        var opened = await worker.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today.AddDays(-60), intake = "探访发现：老人独居，近期丧偶，情绪低落，拒绝外出。" });
        opened.StatusCode.Should().Be(HttpStatusCode.Created, await opened.Content.ReadAsStringAsync());
        var id = await opened.CreatedIdAsync();
        var url = $"/api/v1/socialwork/cases/{id}";

        await ShouldBeRefused(await worker.PostAsJsonAsync(url + "/sessions", new { date = Today.AddDays(-50), content = "第一次会谈" }), HttpStatusCode.BadRequest, "请先签订服务协议");
        (await worker.PostAsJsonAsync(url + "/documents", Document("assessment", 58, "需求：情绪支持、社交恢复、日常照料。"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync(url + "/documents", Document("plan", 56, "目标：三个月内恢复每周参加一次社区活动。", "每周会谈一次；链接志愿者陪伴。"))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync(url + "/documents", Document("agreement", 55, "双方约定每周三上午会谈。"))).StatusCode.Should().Be(HttpStatusCode.Created);
        for (var i = 0; i < 5; i++)
        {
            (await worker.PostAsJsonAsync(url + "/sessions", new { date = Today.AddDays(-50 + (i * 7)), content = $"第 {i + 1} 次会谈：倾听与情绪疏导。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        }

        await ShouldBeRefused(await worker.PostAsJsonAsync(url + "/close", new { date = Today, reason = "目标达成", content = "结案" }), HttpStatusCode.BadRequest,
            "还不能结案，尚缺：服务协议签字件（上传扫描件或照片）；会谈记录不少于 6 次（已有 5 次）");
        var signed = new MultipartFormDataContent { { new ByteArrayContent("%PDF-1.4\n%%EOF"u8.ToArray()), "files", "服务协议.pdf" } };
        (await worker.PostAsync(url + "/agreement", signed)).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync(url + "/sessions", new { date = Today.AddDays(-1), content = "第 6 次会谈：回顾与告别准备。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await ShouldBeRefused(await worker.PostAsJsonAsync(url + "/close", new { date = Today, content = "结案" }), HttpStatusCode.BadRequest, "请填写结案原因");
        (await worker.PostAsJsonAsync(url + "/close", new { date = Today, reason = "目标达成", content = "老人已每周参加老年活动中心活动。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        await ShouldBeRefused(await worker.PostAsJsonAsync(url + "/sessions", new { date = Today, content = "结案后" }), HttpStatusCode.BadRequest, "个案已结案");

        // Handed over before the evaluation: the case counts to the colleague who evaluates it.
        var colleagueId = (await colleague.MeAsync()).Id;
        await ShouldBeRefused(await colleague.PostAsJsonAsync(url + "/documents", Document("evaluation", 0, "评估", "全部达成")), HttpStatusCode.Forbidden, "只有负责的社工或项目主管");
        (await worker.PostAsJsonAsync(url + "/transfer", new { workerId = colleagueId, reason = "原负责社工调岗" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await colleague.PostAsJsonAsync(url + "/documents", Document("evaluation", 0, "情绪明显改善，社交恢复。", "全部达成"))).StatusCode.Should().Be(HttpStatusCode.Created);
        await ShouldBeRefused(await colleague.PostAsJsonAsync(url + "/documents", Document("evaluation", 0, "再评", "全部达成")), HttpStatusCode.BadRequest, "结案评估报告已经填写");

        await ModuleData.WaitUntilAsync(async () => await Cases(colleague) == theirs + 1, "the case credit", seconds: 30);
        (await Cases(worker)).Should().Be(mine);
        var view = await colleague.GetFromJsonAsync<CaseView>(url);
        view!.IsCounted.Should().BeTrue();
        view.Phase.Should().Be("评估完成");
        await ModuleData.WaitUntilAsync(
            async () => (await worker.TimelineAsync(client)).Items.Any(e => e.Title == "个案评估完成"),
            "the timeline entry");

        var print = await (await Factory.BrowserAsync("worker06")).GetPageAsync($"/socialwork/cases/print/{id}");
        print.QuerySelectorAll("#forms h2").Select(h => h.TextContent).Should().Equal(
            "需求预估表", "服务计划书", "服务协议", "会谈记录（第 1 次）", "会谈记录（第 2 次）", "会谈记录（第 3 次）", "会谈记录（第 4 次）", "会谈记录（第 5 次）", "会谈记录（第 6 次）", "结案记录", "结案评估报告");

        (await colleague.PostAsJsonAsync(url + "/withdraw", new { reason = "与区个案重复" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await Cases(colleague) == theirs, "the retraction", seconds: 30);
    }

    [Fact]
    public async Task Cases_of_other_stations_answer_404_the_bureau_opens_none_and_bad_input_is_refused_in_chinese()
    {
        var owner = await Factory.ApiAsync("worker07");
        var client = await RegisterAsync(owner, "严宝根");
        var stranger = await Factory.ApiAsync("worker01");
        (await stranger.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today, intake = "别站的服务对象" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await Factory.ApiAsync("bureau")).PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today, intake = "局里" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        await ShouldBeRefused(await owner.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today.AddDays(3), intake = "将来" }), HttpStatusCode.BadRequest, "接案日期应在一年之内");
        await ShouldBeRefused(await owner.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today, intake = " " }), HttpStatusCode.BadRequest, "请填写接案情况");

        var id = (await (await owner.PostAsJsonAsync("/api/v1/socialwork/cases", new { clientId = client, openedOn = Today.AddDays(-3), intake = "主动求助：子女不赡养。" }))
            .Content.ReadFromJsonAsync<Created>())!.Id;
        await ShouldBeRefused(await owner.PostAsJsonAsync($"/api/v1/socialwork/cases/{id}/documents", Document("assessment", 10, "早于接案")), HttpStatusCode.BadRequest, "日期不能早于接案日期");
        await ShouldBeRefused(await owner.PostAsJsonAsync($"/api/v1/socialwork/cases/{id}/documents", Document("evaluation", 0, "未结案先评估", "全部达成")), HttpStatusCode.BadRequest, "请先结案");
        await ShouldBeRefused(await owner.PostAsJsonAsync($"/api/v1/socialwork/cases/{id}/documents", new { kind = "diary", date = Today, content = "x" }), HttpStatusCode.BadRequest, "kind");
        (await stranger.GetAsync($"/api/v1/socialwork/cases/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.PostAsJsonAsync($"/api/v1/socialwork/cases/{id}/sessions", new { date = Today, content = "x" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await stranger.GetAsync($"/socialwork/cases/details/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await owner.GetFromJsonAsync<CaseView>($"/api/v1/socialwork/cases/{id}"))!.Documents.Should().BeEmpty("refused documents are not kept");
        (await owner.GetFromJsonAsync<ListPage<CaseView>>("/api/v1/socialwork/cases?pending=true"))!.Items.Should().Contain(c => c.Id == id);

        // The 待完善 list: the open case with what it lacks, on the worker's page; nothing of it for another station.
        var pending = (await owner.GetFromJsonAsync<List<PendingLine>>("/api/v1/socialwork/pending"))!.Single(r => r.Link == $"/socialwork/cases/details/{id}");
        pending.Missing.Should().StartWith(["需求预估表", "服务计划书", "服务协议"]);
        (await (await Factory.BrowserAsync("worker07")).GetPageAsync("/socialwork/pending")).QuerySelector("#pending")!.TextContent.Should().Contain("个案：严宝根").And.Contain("尚缺：需求预估表");
        (await stranger.GetFromJsonAsync<List<PendingLine>>("/api/v1/socialwork/pending"))!.Should().NotContain(r => r.Link.Contains(id));
        var bureau = await Factory.ApiAsync("bureau");
        var ownerStation = (await owner.MeAsync()).StationId;
        var strangerStation = (await stranger.MeAsync()).StationId;
        (await bureau.GetFromJsonAsync<List<PendingLine>>($"/api/v1/socialwork/pending?stationId={ownerStation}"))!.Should().Contain(r => r.Link.Contains(id));
        (await bureau.GetFromJsonAsync<List<PendingLine>>($"/api/v1/socialwork/pending?stationId={strangerStation}"))!.Should().NotContain(r => r.Link.Contains(id))
            .And.OnlyContain(r => r.StationId == strangerStation);
    }
}

public sealed class SocialWorkCaseTestsOnSqlite(SqlitePlatform platform) : SocialWorkCaseTests<SqlitePlatform>(platform);

public sealed class SocialWorkCaseTestsOnPostgres(PostgresPlatform platform) : SocialWorkCaseTests<PostgresPlatform>(platform);
