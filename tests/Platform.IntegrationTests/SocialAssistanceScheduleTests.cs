using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>The social-assistance plugin over time (a test clock): reviews falling due through the year and at month ends; and switched off.</summary>
public sealed class SocialAssistanceScheduleTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    private static DateTimeOffset At(DateOnly day, int hour = 9) => new(day.ToDateTime(new TimeOnly(hour, 0)), TimeSpan.FromHours(8));

    private readonly HashSet<string> _mine = [];

    /// <summary>The due lines of this test's households (the host also holds the demo district's).</summary>
    private async Task<List<SocialAssistanceTests<SqlitePlatform>.DueLine>> DueAsync(HttpClient worker) =>
        (await SocialAssistanceTests<SqlitePlatform>.DueAsync(worker)).Where(l => _mine.Contains(l.ClientId)).ToList();

    [Fact]
    public async Task Reviews_fall_due_by_programme_and_class_through_the_year_and_a_month_end_stays_a_month_end()
    {
        var clock = new TestClock(At(new DateOnly(2026, 1, 31)));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker = await host.ApiAsync("worker07");
        var c = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "半年复核户主");
        var a = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "年度复核户主");
        var edge = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "边缘复核户主", "DIBAO_EDGE");
        _mine.UnionWith([c, a, edge]);
        var halfYearly = await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, c, SocialAssistanceTests<SqlitePlatform>.Dibao(new DateOnly(2026, 1, 31), cls: "c"));
        var yearly = await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, a, SocialAssistanceTests<SqlitePlatform>.Dibao(new DateOnly(2025, 2, 28), cls: "a"));
        var varies = await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, edge, new { kind = "dibaoEdge", area = "urban", incomeVaries = true, startOn = new DateOnly(2025, 11, 30), approvalDocument = "边缘认〔2025〕8号", approvalOffice = "区民政局" });

        // 31 January: the A 类 household approved on 28 February 2025 is not yet owed; the others are months away.
        (await DueAsync(worker)).Should().BeEmpty();
        clock.Set(At(new DateOnly(2026, 2, 28)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Should().ContainSingle().Which.Should().Match<SocialAssistanceTests<SqlitePlatform>.DueLine>(l => l.ProgrammeId == yearly && l.NextDue == new DateOnly(2026, 2, 28));

        // 低保边缘 whose income varies: every six months, from 30 November to 30 May.
        clock.Set(At(new DateOnly(2026, 5, 29)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Select(l => l.ProgrammeId).Should().BeEquivalentTo([yearly]);
        clock.Set(At(new DateOnly(2026, 5, 30)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Select(l => l.ProgrammeId).Should().BeEquivalentTo([yearly, varies]);
        var due = (await worker.DueItemsAsync()).Where(i => i.Module == "social-assistance").Select(i => i.Title).ToList();
        due.Should().Contain("年度复核户主（农村低保（整户，A 类），每 12 个月）").And.Contain("边缘复核户主（低保边缘，每 6 个月）").And.NotContain(t => t.Contains("半年复核户主"));
        await (await host.ApiAsync("admin")).RunJobAsync("notifications", "daily-digest");
        (await worker.InboxAsync("今日待办")).Should().ContainSingle().Which.Text.Should().Contain("救助复核：");

        // C 类 from 31 January: due 31 July; reviewed on 31 August, the next is owed on 28 February (the month's last day).
        clock.Set(At(new DateOnly(2026, 7, 30)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Should().NotContain(l => l.ProgrammeId == halfYearly);
        clock.Set(At(new DateOnly(2026, 7, 31)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Should().Contain(l => l.ProgrammeId == halfYearly && l.NextDue == new DateOnly(2026, 7, 31));
        clock.Set(At(new DateOnly(2026, 8, 31), 18));
        worker = await host.ApiAsync("worker07");
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{c}/reviews", SocialAssistanceTests<SqlitePlatform>.Review(halfYearly, At(new DateOnly(2026, 8, 31), 10))))
            .StatusCode.Should().Be(HttpStatusCode.Created);
        (await DueAsync(worker)).Should().NotContain(l => l.ProgrammeId == halfYearly);
        (await SocialAssistanceTests<SqlitePlatform>.HouseholdAsync(worker, c)).Programmes.Single().NextDue.Should().Be(new DateOnly(2027, 2, 28));
        clock.Set(At(new DateOnly(2027, 2, 27)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Should().NotContain(l => l.ProgrammeId == halfYearly);
        clock.Set(At(new DateOnly(2027, 2, 28)));
        worker = await host.ApiAsync("worker07");
        (await DueAsync(worker)).Should().Contain(l => l.ProgrammeId == halfYearly);

        // An ended programme is owed nothing.
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/programmes/{yearly}/end", new { endOn = new DateOnly(2027, 2, 28), reason = "户主外出务工，收入超过标准，经审批停保" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await DueAsync(worker)).Should().NotContain(l => l.ProgrammeId == yearly);
    }

    internal sealed record VisitDue(string ProgrammeId, string ClientId, DateOnly NextDue, DateOnly? LastVisit);

    [Fact]
    public async Task A_dispersed_tekun_person_is_owed_a_visit_every_month_a_month_end_stays_one_and_a_review_counts_as_the_visit()
    {
        var clock = new TestClock(At(new DateOnly(2026, 1, 31)));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker = await host.ApiAsync("worker07");
        var person = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "分散供养探视对象", "TEKUN_FS");
        var programme = await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, person, new { kind = "tekun", area = "rural", care = "dispersed", selfCare = "partlyLost", startOn = new DateOnly(2026, 1, 31), approvalDocument = "特供审〔2026〕9号", approvalOffice = "区民政局" });

        async Task<List<VisitDue>> Due(DateOnly day)
        {
            clock.Set(At(day));
            worker = await host.ApiAsync("worker07");
            return (await worker.GetFromJsonAsync<List<VisitDue>>("/api/v1/social-assistance/visits/due"))!.Where(l => l.ClientId == person).ToList();
        }

        (await Due(new DateOnly(2026, 2, 27))).Should().BeEmpty();
        (await Due(new DateOnly(2026, 2, 28))).Should().ContainSingle().Which.NextDue.Should().Be(new DateOnly(2026, 2, 28), "31 January + one month is the last day of February");
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "social-assistance" && i.Title == "分散供养探视对象（分散供养，每 1 个月探视）");

        // Visited late on 31 March: the next on 30 April; not owed the day before.
        (await Due(new DateOnly(2026, 3, 31))).Single().NextDue.Should().Be(new DateOnly(2026, 2, 28));
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/visits", new { visitedAt = At(new DateOnly(2026, 3, 31), 8), findings = "照料人按时送餐，老人居室整洁，药品充足。" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Due(new DateOnly(2026, 4, 29))).Should().BeEmpty();
        (await Due(new DateOnly(2026, 4, 30))).Single().Should().Match<VisitDue>(l => l.NextDue == new DateOnly(2026, 4, 30) && l.LastVisit == new DateOnly(2026, 3, 31));

        // The yearly review is a home visit too: it is May's visit, credited once as the review.
        (await Due(new DateOnly(2026, 5, 15))).Single().NextDue.Should().Be(new DateOnly(2026, 4, 30));
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/reviews", SocialAssistanceTests<SqlitePlatform>.Review(programme, At(new DateOnly(2026, 5, 15), 8)))).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Due(new DateOnly(2026, 6, 14))).Should().BeEmpty();
        (await Due(new DateOnly(2026, 6, 15))).Single().NextDue.Should().Be(new DateOnly(2026, 6, 15));
        (await SocialAssistanceTests<SqlitePlatform>.HouseholdAsync(worker, person)).Programmes.Single().NextDue.Should().Be(new DateOnly(2027, 5, 15), "the next review is a year after this one");
    }

    [Fact]
    public async Task A_care_agreement_is_reminded_once_when_it_enters_the_thirty_days_before_its_end_and_shows_expired_until_renewed()
    {
        var clock = new TestClock(At(new DateOnly(2026, 3, 1)));
        await using var host = new PlatformFactory(_database, clock: clock);
        var worker = await host.ApiAsync("worker07");
        var admin = await host.ApiAsync("admin");
        var person = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "协议提醒对象", "TEKUN_FS");
        await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, person, new { kind = "tekun", area = "rural", care = "dispersed", selfCare = "partlyLost", startOn = new DateOnly(2025, 4, 1), approvalDocument = "特供审〔2025〕4号", approvalOffice = "区民政局" });
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", new
        {
            carerName = "李建国", carerRelation = "侄子", carerPhone = "13900001111", duties = "每日送餐、打扫、陪同就医。",
            startOn = new DateOnly(2025, 4, 15), endOn = new DateOnly(2026, 4, 14), signedBy = "镇民政办、照料人、本人", signedOn = new DateOnly(2025, 4, 10),
        })).StatusCode.Should().Be(HttpStatusCode.Created);

        async Task<List<NoticeDto>> RemindedOn(DateOnly day)
        {
            clock.Set(At(day, 8));
            admin = await host.ApiAsync("admin");
            await admin.RunJobAsync("social-assistance", "review-reminders");
            worker = await host.ApiAsync("worker07");
            return (await worker.InboxAsync("照料协议")).Where(n => n.Text.Contains("协议提醒对象")).ToList();
        }

        async Task<SocialAssistanceAgreementTests<SqlitePlatform>.AgreementLine?> Due() =>
            (await SocialAssistanceAgreementTests<SqlitePlatform>.DueAsync(worker)).SingleOrDefault(a => a.ClientId == person);

        // 31 days before the end: not yet; 30 days before: one notice, and on the renewal list; the days after: no other.
        (await RemindedOn(new DateOnly(2026, 3, 14))).Should().BeEmpty();
        (await Due()).Should().BeNull();
        (await RemindedOn(new DateOnly(2026, 3, 15))).Should().ContainSingle().Which.Text.Should().Contain("李建国").And.Contain("4月14日");
        (await Due())!.State.Should().Be("即将到期");
        (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "social-assistance" && i.Title == "协议提醒对象（照料人李建国，协议到期前请续签）");
        (await RemindedOn(new DateOnly(2026, 3, 16))).Should().ContainSingle();
        (await RemindedOn(new DateOnly(2026, 4, 14))).Should().ContainSingle();

        // Past its end and not renewed: 已过期 on the list and the household, still one notice; a renewal clears both.
        (await RemindedOn(new DateOnly(2026, 4, 16))).Should().ContainSingle();
        (await Due())!.Should().Match<SocialAssistanceAgreementTests<SqlitePlatform>.AgreementLine>(a => a.State == "已过期" && a.DaysLeft == -2);
        (await SocialAssistanceAgreementTests<SqlitePlatform>.HouseholdAsync(worker, person)).AgreementFlag.Should().Be("协议已过期");
        var page = await (await host.BrowserAsync("worker07")).GetPageAsync($"/social-assistance/households/details/{person}");
        page.QuerySelector("#agreement-flag")!.TextContent.Should().Be("协议已过期");
        page.QuerySelector("#agreements li.list-group-item-danger .agreement-state")!.TextContent.Should().Be("已过期");
        (await worker.PostAsJsonAsync($"/api/v1/social-assistance/households/{person}/agreements", new
        {
            carerName = "李建国", carerRelation = "侄子", carerPhone = "13900001111", duties = "每日送餐、打扫、陪同就医。",
            startOn = new DateOnly(2026, 4, 15), endOn = new DateOnly(2027, 4, 14), signedBy = "镇民政办、照料人、本人", signedOn = new DateOnly(2026, 4, 16),
        })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await Due()).Should().BeNull();
        (await SocialAssistanceAgreementTests<SqlitePlatform>.HouseholdAsync(worker, person)).AgreementFlag.Should().BeNull();

        // The renewal is reminded once in its own turn, 30 days before 14 April 2027.
        (await RemindedOn(new DateOnly(2027, 3, 15))).Should().HaveCount(2);
    }

    [Fact]
    public async Task Switched_off_the_module_leaves_no_page_menu_entry_route_client_button_or_digest_line()
    {
        string head;
        await using (var on = new PlatformFactory(_database))
        {
            var worker = await on.ApiAsync("worker07");
            head = await SocialAssistanceTests<SqlitePlatform>.RegisterAsync(worker, "关闭测试户主");
            await SocialAssistanceTests<SqlitePlatform>.StartAsync(worker, head, SocialAssistanceTests<SqlitePlatform>.Dibao(DateOnly.FromDateTime(DateTime.UtcNow).AddYears(-1), cls: "b"));
            (await worker.DueItemsAsync()).Should().Contain(i => i.Module == "social-assistance");
            var browser = await on.BrowserAsync("worker07");
            (await browser.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().Contain("救助复核");
            (await browser.GetPageAsync($"/registry/clients/details/{head}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().Contain("社会救助档案");
        }

        await using var off = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:social-assistance:Enabled"] = "false" });
        var page = await off.BrowserAsync("worker07");
        (await page.GetAsync("/social-assistance/households")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.GetAsync($"/social-assistance/households/details/{head}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("救助复核").And.Contain("老年人探访");
        (await page.GetPageAsync($"/registry/clients/details/{head}")).QuerySelectorAll("#client-actions a").Select(a => a.TextContent.Trim()).Should().NotContain("社会救助档案");
        var api = await off.ApiAsync("worker07");
        (await api.GetAsync("/api/v1/social-assistance/reviews/due")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        foreach (var route in new[] { "/api/v1/social-assistance/alerts", "/api/v1/social-assistance/alerts/unmatched", "/api/v1/social-assistance/visits/due" })
        {
            (await api.GetAsync(route)).StatusCode.Should().Be(HttpStatusCode.NotFound, route);
        }

        (await (await off.ApiAsync("lead")).PostAsync("/api/v1/social-assistance/alerts/import", SocialAssistanceTests<SqlitePlatform>.AlertSheet([SocialAssistanceTests<SqlitePlatform>.Alert("关闭", "11010519491231002X", "收入骤减")])))
            .StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.GetAsync("/social-assistance/alerts")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.GetAsync("/social-assistance/visits/create")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await page.GetPageAsync("/")).QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().NotContain("预警核查");
        var jobs = await (await off.ApiAsync("admin")).GetStringAsync("/api/v1/notifications/jobs");
        jobs.Should().NotContain("review-reminders");
        (await api.ModulesAsync()).Select(m => m.Key).Should().NotContain("social-assistance").And.Contain("elderly");
        (await api.DueItemsAsync()).Should().NotContain(i => i.Module == "social-assistance");
        (await api.PostAsJsonAsync("/api/v1/socialwork/visits", new { clientIds = new[] { head }, kind = "home", visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), content = "模块关闭后照常探访。" }))
            .StatusCode.Should().Be(HttpStatusCode.Created);
    }

    public void Dispose() => _database.Dispose();
}
