using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts.Registry;
using Platform.Contracts.Resources;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// The resource-linking plugin: the directory (station and district), a need found on a visit referred and followed to
/// 已解决, the order of statuses, the follow-up in the digest's items, station isolation, the bureau's read-only, bad
/// input refused in Chinese with nothing written; and switched off.
/// </summary>
public abstract class ResourcesTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateOnly Today => DateOnly.FromDateTime(DateTime.UtcNow.AddHours(8));

    private sealed record Page<T>(List<T> Items, int Total);

    private sealed record ResourceLineDto(string Id, string StationId, string Kind, string Name, string? MaskedPhone);

    private sealed record ResourcePageDto(Page<ResourceLineDto> Rows);

    private sealed record NeedDto(long Id, string ClientId, string Kind, string Description, string SourceModule, string? Link, string State);

    private sealed record ReferralDto(string Id, string ClientId, string ResourceName, string Status, long? NeedId, string? Outcome, string? Reason, DateOnly? FollowUpOn, List<string> Next, int Version);

    private sealed record ReferralPageDto(Page<ReferralDto> Rows);

    private sealed record FiguresDto(string StationId, int Referred, int Resolved, int Unresolved, int Open, int Waiting);

    private static async Task<string> RegisterAsync(HttpClient worker, string name)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(1956, 3, 4), male: true), sex = "male", address = "青山镇南街 5 号" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static object Resource(string name, string kind = "charity", string? phone = "13907910000", string? stationId = null) =>
        new { kind, name, offers = "助学、助医小额资助", forWhom = "困难家庭", contactPerson = "刘芳", contactPhone = phone, stationId };

    private static async Task<string> AddResourceAsync(HttpClient who, string name, string kind = "charity", string? stationId = null)
    {
        var response = await who.PostAsJsonAsync("/api/v1/resources/directory", Resource(name, kind, stationId: stationId));
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<List<ResourceLineDto>> DirectoryAsync(HttpClient who, string q) =>
        (await who.GetFromJsonAsync<ResourcePageDto>($"/api/v1/resources/directory?q={Uri.EscapeDataString(q)}&withInactive=true"))!.Rows.Items;

    private static async Task<ReferralDto> ReferralAsync(HttpClient who, string id) => (await who.GetFromJsonAsync<ReferralDto>($"/api/v1/resources/referrals/{id}"))!;

    private static async Task<string> ReferAsync(HttpClient worker, object body)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/resources/referrals", body);
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task Refused(HttpResponseMessage response, HttpStatusCode status, string words)
    {
        var text = await response.Content.ReadAsStringAsync();
        response.StatusCode.Should().Be(status, text);
        text.Should().Contain(words);
    }

    [Fact]
    public async Task A_need_found_on_a_visit_waits_for_a_resource_is_referred_and_followed_to_resolved_on_the_timeline_and_in_the_digest_until_closed()
    {
        var worker = await Factory.ApiAsync("worker09");
        var client = await RegisterAsync(worker, "转介测试甲");
        var resource = await AddResourceAsync(worker, "转介测试慈善会");
        var visit = await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new
        {
            clientIds = new[] { client }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddHours(-1), content = "老人独居，孙子上学缺少冬衣。",
            needs = new[] { new { kind = "education", description = "孙子上学缺少冬衣和书包" } },
        });
        visit.StatusCode.Should().Be(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        var visitId = await visit.CreatedIdAsync();

        NeedDto? need = null;
        await ModuleData.WaitUntilAsync(
            async () => (need = (await worker.GetFromJsonAsync<Page<NeedDto>>($"/api/v1/resources/needs?clientId={client}"))!.Items.SingleOrDefault()) is not null,
            "the visit's need on the 待链接 list", seconds: 30);
        (need!.Kind, need.Description, need.SourceModule, need.Link, need.State).Should().Be(("education", "孙子上学缺少冬衣和书包", "socialwork", $"/socialwork/visits/details/{visitId}", "waiting"));

        var id = await ReferAsync(worker, new { needId = need.Id, resourceId = resource, followUpOn = Today, note = "已电话联系刘芳。" });
        var referral = await ReferralAsync(worker, id);
        (referral.ClientId, referral.ResourceName, referral.Status, referral.NeedId).Should().Be((client, "转介测试慈善会", "referred", need.Id));
        referral.Next.Should().Equal("connected", "unresolved");
        (await worker.GetFromJsonAsync<Page<NeedDto>>($"/api/v1/resources/needs?clientId={client}"))!.Items.Should().BeEmpty("a referred need leaves the 待链接 list");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { needId = need.Id, resourceId = resource }), HttpStatusCode.Conflict, "已经转介过");
        await ModuleData.WaitUntilAsync(async () => (await worker.TimelineAsync(client)).Items.Any(e => e.Title == "转介：转介测试慈善会" && e.Link == $"/resources/referrals/details/{id}"), "the referral on the timeline");
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "resources" && i.Title.StartsWith("转介测试甲（转介测试慈善会"), "the follow-up due today joins the digest");

        (await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "connected", followUpOn = Today, version = referral.Version })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "resolved", version = referral.Version }), HttpStatusCode.Conflict, "刷新");
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "resources" && i.Title.Contains("已对接"));
        var connected = await ReferralAsync(worker, id);
        (await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "resolved", outcome = "慈善会送来冬衣和书包。", version = connected.Version })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var resolved = await ReferralAsync(worker, id);
        (resolved.Status, resolved.Outcome, resolved.FollowUpOn).Should().Be(("resolved", "慈善会送来冬衣和书包。", (DateOnly?)null));
        resolved.Next.Should().BeEmpty();
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "unresolved", reason = "x" }), HttpStatusCode.Conflict, "已结束（已解决）");
        (await worker.DueItemsAsync()).Should().NotContain(i => i.Module == "resources" && i.Title.StartsWith("转介测试甲"), "a closed referral leaves the digest");
        await ModuleData.WaitUntilAsync(async () => (await worker.TimelineAsync(client)).Items.Any(e => e.Title == "转介已解决：转介测试慈善会" && e.Summary == "慈善会送来冬衣和书包。"), "the outcome on the timeline");

        var figures = (await worker.GetFromJsonAsync<List<FiguresDto>>("/api/v1/resources/figures"))!.Should().ContainSingle().Subject;
        figures.Resolved.Should().BeGreaterThanOrEqualTo(1);
        figures.Referred.Should().Be(figures.Resolved + figures.Unresolved + figures.Open);
        (await (await Factory.ApiAsync("lead")).GetFromJsonAsync<List<FiguresDto>>("/api/v1/resources/figures"))!.Count.Should().BeGreaterThan(1, "the lead sees every station");
    }

    [Fact]
    public async Task Statuses_go_in_order_unresolved_needs_its_reason_and_a_referral_made_from_the_client_page_needs_kind_words_and_a_resource()
    {
        var worker = await Factory.ApiAsync("worker10");
        var client = await RegisterAsync(worker, "转介测试乙");
        var resource = await AddResourceAsync(worker, "转介测试法律援助", "publicService");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = resource, need = "赡养纠纷" }), HttpStatusCode.BadRequest, "请选择需求类型");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = resource, needKind = "legal" }), HttpStatusCode.BadRequest, "需要什么帮助");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, needKind = "legal", need = "赡养纠纷" }), HttpStatusCode.BadRequest, "请选择转介到哪个资源");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = resource, needKind = "legal", need = "赡养纠纷", referredOn = Today.AddDays(1) }), HttpStatusCode.BadRequest, "不能晚于今天");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = resource, needKind = "legal", need = "赡养纠纷", followUpOn = Today.AddDays(-1) }), HttpStatusCode.BadRequest, "跟进日期");
        (await worker.GetFromJsonAsync<ReferralPageDto>($"/api/v1/resources/referrals?clientId={client}"))!.Rows.Total.Should().Be(0, "nothing refused was written");

        var id = await ReferAsync(worker, new { clientId = client, resourceId = resource, needKind = "legal", need = "赡养纠纷，想咨询" });
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "resolved" }), HttpStatusCode.Conflict, "顺序");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "unresolved", reason = "  " }), HttpStatusCode.BadRequest, "请说明原因");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "closed" }), HttpStatusCode.BadRequest, "status");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = 2 }), HttpStatusCode.BadRequest, "status");
        (await ReferralAsync(worker, id)).Status.Should().Be("referred", "nothing refused was written");
        (await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{id}/status", new { status = "unresolved", reason = "对方不受理跨区案件" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var closed = await ReferralAsync(worker, id);
        (closed.Status, closed.Reason).Should().Be(("unresolved", "对方不受理跨区案件"));
        await ModuleData.WaitUntilAsync(async () => (await worker.TimelineAsync(client)).Items.Any(e => e.Title == "转介未能解决：转介测试法律援助"), "the closing on the timeline");

        var colleague = await Factory.ApiAsync("worker03");
        (await colleague.GetAsync($"/api/v1/resources/referrals/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station's referral");
    }

    [Fact]
    public async Task The_district_directory_is_the_leads_every_station_reads_it_a_stations_entries_are_its_own_and_the_bureau_changes_nothing()
    {
        var lead = await Factory.ApiAsync("lead");
        var district = await AddResourceAsync(lead, "转介测试全区政策", "policy");
        var worker = await Factory.ApiAsync("worker03");
        var other = await Factory.ApiAsync("worker05");
        var own = await AddResourceAsync(worker, "转介测试站点志愿队", "volunteerTeam");

        var seen = await DirectoryAsync(other, "转介测试");
        seen.Should().Contain(r => r.Id == district && r.StationId == "district").And.NotContain(r => r.Id == own);
        (await DirectoryAsync(worker, "转介测试站点志愿队")).Should().ContainSingle().Which.MaskedPhone.Should().Be("139****0000", "lists mask the phone as the registry does");
        (await worker.GetFromJsonAsync<ResourceDto>($"/api/v1/resources/directory/{own}"))!.ContactPhone.Should().Be("13907910000", "the entry itself shows it whole");
        (await other.GetAsync($"/api/v1/resources/directory/{own}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/v1/resources/directory/{own}", Resource("改名"))).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PutAsJsonAsync($"/api/v1/resources/directory/{district}", Resource("改名"))).StatusCode.Should().Be(HttpStatusCode.Forbidden, "a worker does not change the district's entries");
        (await lead.PutAsJsonAsync($"/api/v1/resources/directory/{own}", Resource("转介测试站点志愿队（改）", "volunteerTeam"))).StatusCode.Should().Be(HttpStatusCode.NoContent);

        // A need or referral of another station is not there for this one.
        var client = await RegisterAsync(worker, "转介测试丙");
        (await other.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = district, needKind = "care", need = "送餐" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = await RegisterAsync(other, "转介测试丁"), resourceId = own, needKind = "care", need = "送餐" })).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station's resource");
        var referral = await ReferAsync(worker, new { clientId = client, resourceId = district, needKind = "financial", need = "医疗费用负担重" });
        (await other.PostAsJsonAsync($"/api/v1/resources/referrals/{referral}/status", new { status = "connected" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetFromJsonAsync<ReferralPageDto>($"/api/v1/resources/referrals?clientId={client}"))!.Rows.Total.Should().Be(0);
        (await other.GetAsync("/api/v1/resources/needs/999999")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync("/api/v1/resources/referrals", new { needId = 999999, resourceId = district })).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/resources/referrals/{referral}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.GetAsync($"/api/v1/resources/directory/{own}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.GetAsync("/api/v1/resources/needs")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.GetAsync("/api/v1/resources/figures")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PostAsJsonAsync("/api/v1/resources/directory", Resource("局里的资源"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PutAsJsonAsync($"/api/v1/resources/directory/{district}", Resource("局里改名"))).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync("/api/v1/resources/referrals", new { clientId = client, resourceId = district, needKind = "care", need = "送餐" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync($"/api/v1/resources/referrals/{referral}/status", new { status = "connected" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await ReferralAsync(worker, referral)).Status.Should().Be("referred");
        (await DirectoryAsync(lead, "局里")).Should().BeEmpty();

        var page = await (await Factory.BrowserAsync("lead")).GetAsync("/resources/widgets/linked");
        page.StatusCode.Should().Be(HttpStatusCode.OK);
        (await page.Content.ReadAsStringAsync()).Should().Contain("满足率");
        (await (await Factory.BrowserAsync("worker03")).GetAsync("/resources/widgets/linked")).IsSuccessStatusCode.Should().BeFalse("the widget is for those who see every station");
    }

    private sealed record ResourceDto(string Id, string? ContactPhone);

    [Fact]
    public async Task Bad_directory_input_is_refused_in_chinese_naming_the_field_and_writes_nothing()
    {
        var worker = await Factory.ApiAsync("worker04");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", Resource("转介测试坏类型", kind: "nonsense")), HttpStatusCode.BadRequest, "kind");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", new { kind = 1, name = "转介测试数字类型", offers = "x" }), HttpStatusCode.BadRequest, "kind");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", new { kind = "charity", name = "  ", offers = "x" }), HttpStatusCode.BadRequest, "资源名称");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", new { kind = "charity", name = "转介测试无内容" }), HttpStatusCode.BadRequest, "能提供什么帮助");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", Resource("转介测试坏电话", phone: "打电话给我")), HttpStatusCode.BadRequest, "联系电话");
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/directory", Resource(new string('长', 101))), HttpStatusCode.BadRequest, "100 字");
        await Refused(await worker.GetAsync("/api/v1/resources/directory?kind=2"), HttpStatusCode.BadRequest, "资源类型");
        await Refused(await worker.GetAsync("/api/v1/resources/referrals?status=done"), HttpStatusCode.BadRequest, "转介状态");
        (await DirectoryAsync(worker, "转介测试")).Should().NotContain(r => r.Name.StartsWith("转介测试坏") || r.Name.StartsWith("转介测试数字") || r.Name.StartsWith("转介测试无"));

        var browser = await Factory.BrowserAsync("worker04");
        var form = await browser.PostFormAsync("/resources/edit", new Dictionary<string, string> { ["Input.Kind"] = "Charity", ["Input.Name"] = "转介测试表单", ["Input.Offers"] = "", ["Input.IsActive"] = "true" });
        form.StatusCode.Should().Be(HttpStatusCode.OK);
        (await form.Content.ReadAsStringAsync()).Should().Contain("请说明能提供什么帮助");
        (await DirectoryAsync(worker, "转介测试表单")).Should().BeEmpty();
    }

    [Fact]
    public async Task Switched_off_the_module_leaves_no_page_menu_entry_route_client_button_or_digest_line_and_a_visits_need_stays_a_need()
    {
        var on = await Factory.ApiAsync("worker06");
        var client = await RegisterAsync(on, "转介测试关闭");
        await ReferAsync(on, new { clientId = client, resourceId = await AddResourceAsync(on, "转介测试关闭资源"), needKind = "care", need = "送餐", followUpOn = Today });
        (await on.DueItemsAsync()).Should().Contain(i => i.Module == "resources");

        await using var off = new PlatformFactory(platform.Database, new Dictionary<string, string?> { ["Platform:Modules:resources:Enabled"] = "false" });
        var browser = await off.BrowserAsync("worker06");
        (await browser.GetAsync("/resources")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetAsync("/resources/referrals")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await browser.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("链接资源").And.Contain("老年人探访");
        (await browser.GetPageAsync($"/registry/clients/details/{client}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().NotContain("转介资源");
        var api = await off.ApiAsync("worker06");
        (await api.GetAsync("/api/v1/resources/directory")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await api.ModulesAsync()).Select(m => m.Key).Should().NotContain("resources").And.Contain("socialwork");
        (await api.DueItemsAsync()).Should().NotContain(i => i.Module == "resources");
        (await api.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), content = "模块关闭后照常探访。", needs = new[] { new { kind = "care", description = "需要助餐" } } }))
            .StatusCode.Should().Be(HttpStatusCode.Created, "the need stays a need of the visit and the registry's archive");
        var browserOn = await Factory.BrowserAsync("lead");
        (await browserOn.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().Contain("链接资源");
    }

    private sealed record NeedStateDto(long Id, string ClientId, string State, string? DismissedReason, int Version);

    private static async Task<List<NeedDto>> WaitingAsync(HttpClient who, string client) =>
        (await who.GetFromJsonAsync<Page<NeedDto>>($"/api/v1/resources/needs?clientId={client}"))!.Items;

    private static async Task<NeedDto> OneNeedAsync(HttpClient who, string client)
    {
        NeedDto? need = null;
        await ModuleData.WaitUntilAsync(async () => (need = (await WaitingAsync(who, client)).SingleOrDefault()) is not null, "the need on the 待链接 list", seconds: 30);
        return need!;
    }

    [Fact]
    public async Task A_child_visits_and_an_elder_visits_needs_wait_for_a_resource_once_and_leave_the_list_when_the_visit_is_withdrawn()
    {
        var worker = await Factory.ApiAsync("worker07");
        var station = (await worker.MeAsync()).StationId!;
        var child = await ChildWelfareTests<TPlatform>.RegisterChildAsync(worker, "需求测试童");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var elder = await ElderlyTests<TPlatform>.RegisterElderAsync(worker, "需求测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" } })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        object ChildVisit(object? needKind) => new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), kind = "phone", content = "电话了解孩子近况。", needs = "孩子视力下降，需要配眼镜", needKind };
        await Refused(await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", ChildVisit("glasses")), HttpStatusCode.BadRequest, "需求类型");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", ChildVisit(3)), HttpStatusCode.BadRequest, "needKind");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", ChildVisit("3")), HttpStatusCode.BadRequest, "需求类型");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), kind = "phone", content = "x", needs = "y", needKind = "nonsense" }), HttpStatusCode.BadRequest, "需求类型");

        var childVisit = await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", ChildVisit("medical"));
        childVisit.StatusCode.Should().Be(HttpStatusCode.Created, await childVisit.Content.ReadAsStringAsync());
        var childVisitId = await childVisit.CreatedIdAsync();
        var elderVisit = await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-20), kind = "home", content = "老人独居。", needs = "想要助餐服务" });
        elderVisit.StatusCode.Should().Be(HttpStatusCode.Created, await elderVisit.Content.ReadAsStringAsync());
        var elderVisitId = await elderVisit.CreatedIdAsync();

        var childNeed = await OneNeedAsync(worker, child);
        (childNeed.Kind, childNeed.Description, childNeed.SourceModule, childNeed.Link, childNeed.State).Should().Be(("medical", "孩子视力下降，需要配眼镜", "child-welfare", $"/child-welfare/children/details/{child}", "waiting"));
        var elderNeed = await OneNeedAsync(worker, elder);
        (elderNeed.Kind, elderNeed.Description, elderNeed.SourceModule, elderNeed.Link).Should().Be(("other", "想要助餐服务", "elderly", $"/elderly/elders/details/{elder}"), "a need without a kind is 其他");

        // A second delivery of the same offer adds nothing.
        using (var scope = Factory.SystemScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Publish(new OfferNeedForReferral("child-welfare", $"visit:{childVisitId}", 1, child, station, "medical", "孩子视力下降，需要配眼镜", DateTimeOffset.UtcNow));
            await mediator.Publish(new OfferNeedForReferral("elderly", $"visit:{elderVisitId}", 1, elder, station, "other", "想要助餐服务", DateTimeOffset.UtcNow));
        }

        await Factory.OutboxesDeliveredAsync();
        (await WaitingAsync(worker, child)).Should().ContainSingle("the refused visits offered nothing and the second delivery added nothing");
        (await WaitingAsync(worker, elder)).Should().ContainSingle();

        (await worker.PostAsJsonAsync($"/api/v1/child-welfare/visits/{childVisitId}/withdraw", new { reason = "登记错了孩子" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync($"/api/v1/elderly/visits/{elderVisitId}/withdraw", new { reason = "重复登记" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => (await WaitingAsync(worker, child)).Count == 0 && (await WaitingAsync(worker, elder)).Count == 0, "the withdrawn visits' needs to leave the list", seconds: 30);
        (await worker.GetFromJsonAsync<Page<NeedDto>>($"/api/v1/resources/needs?clientId={child}&all=true"))!.Items.Should().BeEmpty("a withdrawn need is not listed at all");
        (await worker.GetAsync($"/api/v1/resources/needs/{childNeed.Id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);

        var form = await (await Factory.BrowserAsync("worker07")).GetPageAsync($"/child-welfare/visits/create?clientId={child}");
        form.QuerySelector("#need-kind option[selected]")!.GetAttribute("value").Should().Be("other", "the form's need kind is 其他 unless chosen");
        (await (await Factory.BrowserAsync("worker07")).GetPageAsync($"/elderly/visits/create?clientId={elder}")).QuerySelectorAll("#need-kind option").Should().HaveCount(NeedKinds.All.Count);
    }

    [Fact]
    public async Task A_waiting_need_is_set_aside_as_needing_no_referral_with_its_reason_once_by_its_station_or_the_lead_and_counted_apart()
    {
        var worker = await Factory.ApiAsync("worker11");
        var client = await RegisterAsync(worker, "无需转介测试");
        var visit = await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new
        {
            clientIds = new[] { client }, kind = "phone", visitedAt = DateTimeOffset.UtcNow.AddHours(-1), content = "电话回访。",
            needs = new[] { new { kind = "care", description = "想要上门助浴" }, new { kind = "financial", description = "医药费负担重" } },
        });
        visit.StatusCode.Should().Be(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        List<NeedDto> needs = [];
        await ModuleData.WaitUntilAsync(async () => (needs = await WaitingAsync(worker, client)).Count == 2, "both needs on the 待链接 list", seconds: 30);
        var (bath, money) = (needs.Single(n => n.Kind == "care"), needs.Single(n => n.Kind == "financial"));
        var before = (await worker.GetFromJsonAsync<List<FiguresDto2>>("/api/v1/resources/figures"))!.Single();

        var bureau = await Factory.ApiAsync("bureau");
        await Refused(await bureau.PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { reason = "局里看过" }), HttpStatusCode.Forbidden, "无权");
        (await (await Factory.ApiAsync("worker03")).PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { reason = "别的站" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { reason = "  " }), HttpStatusCode.BadRequest, "请说明为什么无需转介");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { }), HttpStatusCode.BadRequest, "请说明为什么无需转介");
        await Refused(await worker.PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { reason = "x", version = 99 }), HttpStatusCode.Conflict, "刷新");
        (await WaitingAsync(worker, client)).Should().HaveCount(2, "nothing refused was written");

        var answers = await Task.WhenAll(Enumerable.Range(0, 8).Select(_ => worker.PostAsJsonAsync($"/api/v1/resources/needs/{bath.Id}/dismiss", new { reason = "女儿每周回家帮助洗澡" })));
        answers.Count(a => a.StatusCode == HttpStatusCode.NoContent).Should().Be(1);
        answers.Where(a => a.StatusCode != HttpStatusCode.NoContent).Should().OnlyContain(a => a.StatusCode == HttpStatusCode.Conflict);
        foreach (var refused in answers.Where(a => a.StatusCode == HttpStatusCode.Conflict))
        {
            (await refused.Content.ReadAsStringAsync()).Should().MatchRegex("无需转介|同时保存");
        }

        (await WaitingAsync(worker, client)).Should().ContainSingle().Which.Id.Should().Be(money.Id);
        var dismissed = (await worker.GetFromJsonAsync<Page<NeedStateDto>>($"/api/v1/resources/needs?clientId={client}&all=true"))!.Items.Single(n => n.Id == bath.Id);
        (dismissed.State, dismissed.DismissedReason).Should().Be(("dismissed", "女儿每周回家帮助洗澡"));
        await Refused(await worker.PostAsJsonAsync("/api/v1/resources/referrals", new { needId = bath.Id, resourceId = await AddResourceAsync(worker, "无需转介测试资源") }), HttpStatusCode.Conflict, "无需转介");

        var lead = await Factory.ApiAsync("lead");
        (await lead.PostAsJsonAsync($"/api/v1/resources/needs/{money.Id}/dismiss", new { reason = "已纳入低保，医疗救助已覆盖" })).StatusCode.Should().Be(HttpStatusCode.NoContent, "the lead may set aside any station's need");
        (await WaitingAsync(worker, client)).Should().BeEmpty();

        var after = (await worker.GetFromJsonAsync<List<FiguresDto2>>("/api/v1/resources/figures"))!.Single();
        (after.Dismissed - before.Dismissed, after.Waiting - before.Waiting, after.Offered - before.Offered).Should().Be((2, -2, 0));
        after.Waiting.Should().Be(after.Offered - after.NeedsReferred - after.Dismissed - after.Withdrawn, "待链接 is what is left of the needs offered");
        var admin = await Factory.ApiAsync("admin");
        await ModuleData.WaitUntilAsync(async () => (await admin.AuditAsync("action=需求无需转介")).Count(e => e.Outcome == "succeeded" && (e.Target == bath.Id.ToString(CultureInfo.InvariantCulture) || e.Target == money.Id.ToString(CultureInfo.InvariantCulture))) == 2, "both dismissals audited once each", seconds: 30);

        // The page: the button behind a confirmation, a reason required in Chinese.
        var browser = await Factory.BrowserAsync("worker11");
        var other = await RegisterAsync(worker, "无需转介页面测试");
        (await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { other }, kind = "phone", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-50), content = "回访。", needs = new[] { new { kind = "legal", description = "邻里纠纷想咨询" } } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var need = await OneNeedAsync(worker, other);
        var page = await browser.GetPageAsync("/resources/needs?pageSize=100");
        page.QuerySelector($"#dismiss-{need.Id} form input[name=reason]").Should().NotBeNull("the reason is asked in a confirmation dialog");
        var empty = await browser.PostFormAsync($"/resources/needs?handler=Dismiss&needId={need.Id}", new Dictionary<string, string> { ["reason"] = "" });
        empty.StatusCode.Should().Be(HttpStatusCode.OK);
        (await empty.Content.ReadAsStringAsync()).Should().Contain("请说明为什么无需转介");
        (await WaitingAsync(worker, other)).Should().ContainSingle();
        var done = await browser.PostFormAsync($"/resources/needs?handler=Dismiss&needId={need.Id}", new Dictionary<string, string> { ["reason"] = "已由司法所调解" });
        done.StatusCode.Should().Be(HttpStatusCode.Redirect);
        (await WaitingAsync(worker, other)).Should().BeEmpty();
        (await (await Factory.BrowserAsync("bureau")).GetPageAsync("/resources/needs")).QuerySelectorAll("button.dismiss").Should().BeEmpty("the bureau reads only");
    }

    private sealed record FiguresDto2(string StationId, int Referred, int Waiting, int Offered, int NeedsReferred, int Dismissed, int Withdrawn);

    [Fact]
    public async Task Open_referrals_and_waiting_needs_follow_a_transferred_client_once_and_closed_referrals_stay_with_the_station_that_made_them()
    {
        var (worker, newcomer, lead) = (await Factory.ApiAsync("worker08"), await Factory.ApiAsync("worker13"), await Factory.ApiAsync("lead"));
        var (from, to) = ((await worker.MeAsync()).StationId!, (await newcomer.MeAsync()).StationId!);
        from.Should().NotBe(to);
        var client = await RegisterAsync(worker, "转站转介测试");
        var resource = await AddResourceAsync(lead, "转站测试全区资源", "policy");
        var open = await ReferAsync(worker, new { clientId = client, resourceId = resource, needKind = "housing", need = "房屋漏雨", followUpOn = Today });
        var closed = await ReferAsync(worker, new { clientId = client, resourceId = resource, needKind = "care", need = "送餐" });
        (await worker.PostAsJsonAsync($"/api/v1/resources/referrals/{closed}/status", new { status = "unresolved", reason = "送餐点已停办" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { client }, kind = "phone", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-40), content = "回访。", needs = new[] { new { kind = "employment", description = "儿子想找工作" } } }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        var need = await OneNeedAsync(worker, client);
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "resources" && i.Title.StartsWith("转站转介测试"));

        (await lead.PostAsJsonAsync($"/api/v1/registry/clients/{client}/transfer", new { stationId = to, reason = "搬到女儿家" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Factory.OutboxesDeliveredAsync();

        (await newcomer.GetFromJsonAsync<ReferralPageDto>($"/api/v1/resources/referrals?clientId={client}"))!.Rows.Items.Select(r => r.Id).Should().Equal(open);
        (await WaitingAsync(newcomer, client)).Select(n => n.Id).Should().Equal(need.Id);
        (await newcomer.DueItemsAsync()).Should().Contain(i => i.Module == "resources" && i.Title.StartsWith("转站转介测试"), "the new station's first worker follows it up");
        (await worker.DueItemsAsync()).Should().NotContain(i => i.Module == "resources" && i.Title.StartsWith("转站转介测试"));
        (await worker.GetAsync($"/api/v1/resources/referrals/{open}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await WaitingAsync(worker, client)).Should().BeEmpty();
        (await worker.GetFromJsonAsync<ReferralPageDto>($"/api/v1/resources/referrals?clientId={client}"))!.Rows.Items.Select(r => r.Id).Should().Equal([closed], "a closed referral is the history of the station that made it");
        var figures = (await lead.GetFromJsonAsync<List<FiguresDto2>>("/api/v1/resources/figures"))!;
        figures.Should().OnlyContain(f => f.Waiting == f.Offered - f.NeedsReferred - f.Dismissed - f.Withdrawn);

        (await newcomer.GetFromJsonAsync<HandedOverDto>($"/api/v1/resources/referrals/{open}"))!.Should().Be(new HandedOverDto(to, (await worker.MeAsync()).Id, from), "who made it and where is kept");
        (await (await Factory.BrowserAsync("worker13")).GetPageAsync($"/resources/referrals/details/{open}")).QuerySelector("#handed-over")!.TextContent.Should().Contain("转站后由本站点跟进");

        // Delivered again, or an older transfer delivered late: nothing moves.
        var version = (await ReferralAsync(newcomer, open)).Version;
        using (var scope = Factory.SystemScope())
        {
            var mediator = scope.ServiceProvider.GetRequiredService<IMediator>();
            await mediator.Publish(new ClientTransferred(client, from, to));
            await mediator.Publish(new ClientTransferred(client, to, from));
        }

        (await ReferralAsync(newcomer, open)).Version.Should().Be(version, "the transfer was taken once");
        (await WaitingAsync(newcomer, client)).Should().ContainSingle();
        (await newcomer.PostAsJsonAsync($"/api/v1/resources/referrals/{open}/status", new { status = "connected", version })).StatusCode.Should().Be(HttpStatusCode.NoContent, "the new station follows it up");
    }

    [Fact]
    public async Task A_directory_entry_changed_since_it_was_read_is_refused_409_in_chinese_on_the_page_and_the_api()
    {
        var worker = await Factory.ApiAsync("worker12");
        var id = await AddResourceAsync(worker, "版本测试资源");
        var read = await worker.GetFromJsonAsync<VersionDto>($"/api/v1/resources/directory/{id}");
        (await worker.PutAsJsonAsync($"/api/v1/resources/directory/{id}", new { kind = "charity", name = "版本测试资源（一）", offers = "助学", version = read!.Version })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Refused(await worker.PutAsJsonAsync($"/api/v1/resources/directory/{id}", new { kind = "charity", name = "版本测试资源（二）", offers = "助学", version = read.Version }), HttpStatusCode.Conflict, "刷新");

        var browser = await Factory.BrowserAsync("worker12");
        var form = await browser.GetPageAsync($"/resources/edit?id={id}");
        var shown = int.Parse(form.QuerySelector("input[name='Input.Version']")!.GetAttribute("value")!, CultureInfo.InvariantCulture);
        (await worker.PutAsJsonAsync($"/api/v1/resources/directory/{id}", new { kind = "charity", name = "版本测试资源（三）", offers = "助学" })).StatusCode.Should().Be(HttpStatusCode.NoContent, "someone else saves meanwhile");
        var stale = await browser.PostFormAsync($"/resources/edit?id={id}", new Dictionary<string, string> { ["Input.Kind"] = "Charity", ["Input.Name"] = "版本测试资源（页面）", ["Input.Offers"] = "助学", ["Input.IsActive"] = "true", ["Input.Version"] = shown.ToString(CultureInfo.InvariantCulture) });
        stale.StatusCode.Should().Be(HttpStatusCode.OK);
        (await stale.Content.ReadAsStringAsync()).Should().Contain("已被他人修改");
        (await worker.GetFromJsonAsync<VersionDto>($"/api/v1/resources/directory/{id}"))!.Name.Should().Be("版本测试资源（三）", "the stale save wrote nothing");
    }

    private sealed record HandedOverDto(string StationId, string? MadeBy, string? MadeAtStationId);

    private sealed record VersionDto(string Id, string Name, int Version);
}

public sealed class ResourcesTestsOnSqlite(SqlitePlatform platform) : ResourcesTests<SqlitePlatform>(platform);

public sealed class ResourcesTestsOnPostgres(PostgresPlatform platform) : ResourcesTests<PostgresPlatform>(platform);
