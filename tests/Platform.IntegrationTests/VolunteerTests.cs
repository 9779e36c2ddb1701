using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// The volunteer module: QR sign-in and sign-out without an account, hours as served (rounded, capped), codes refused
/// for another activity or out of their window, unknown people added for checking, open sign-ins flagged, the linking
/// worker credited once on closing and exactly after a correction, the export's no-double record, organisation codes,
/// station isolation, the bureau read-only, and hand-entered VOLUNTEER hours blocked while the module is on.
/// </summary>
public abstract class VolunteerTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private static DateTimeOffset LocalNow => DateTimeOffset.UtcNow.ToOffset(TimeSpan.FromHours(8));

    /// <summary>An activity of the worker today around now (its QR code valid), or on another day.</summary>
    private static async Task<string> ActivityAsync(HttpClient worker, string title, int dayOffset = 0, string start = "", string end = "")
    {
        var now = LocalNow;
        var from = TimeOnly.FromDateTime(now.DateTime.AddMinutes(-20));
        var to = TimeOnly.FromDateTime(now.DateTime.AddMinutes(40));
        if (now.Hour == 0 && now.Minute < 20)
        {
            from = new TimeOnly(0, 0);
        }

        if (now.Hour == 23 && now.Minute >= 20)
        {
            to = new TimeOnly(23, 59);
        }

        var response = await worker.PostAsJsonAsync("/api/v1/volunteers/activities", new
        {
            title,
            date = DateOnly.FromDateTime(now.DateTime).AddDays(dayOffset),
            startTime = start.Length > 0 ? start : from.ToString("HH:mm:ss"),
            endTime = end.Length > 0 ? end : to.ToString("HH:mm:ss"),
            place = "社区服务中心",
            content = "测试活动内容",
        });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<string> TokenAsync(HttpClient worker, string activity) =>
        (await worker.GetFromJsonAsync<CodeView>($"/api/v1/volunteers/activities/{activity}/code"))!.Token;

    private Task<HttpResponseMessage> ScanAsync(string activity, string token, string name, string last4, string action) =>
        Factory.Anonymous().PostAsJsonAsync($"/api/v1/volunteers/scan/{activity}", new { token, name, last4, action });

    private static async Task<string> VolunteerAsync(HttpClient worker, string name, string? phone = null)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name, documentType = "residentId", documentNumber = TestIds.Make(new DateOnly(1990, 3, 4), male: true), phone, consent = true });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return (await response.Content.ReadFromJsonAsync<RegisteredView>())!.Id;
    }

    private static async Task<decimal> VolunteerHoursAsync(HttpClient worker)
    {
        var me = (await worker.MeAsync()).Id;
        return (await worker.LedgerSummaryAsync($"workerId={me}")).Rows.Where(r => r.Code == "VOLUNTEER").Select(r => r.StandardHours).SingleOrDefault();
    }

    private static Task<ActivityDto> ActivityOf(HttpClient worker, string id) => worker.GetFromJsonAsync<ActivityDto>($"/api/v1/volunteers/activities/{id}")!;

    [Fact]
    public async Task A_volunteer_signs_in_and_out_by_the_qr_code_without_an_account_and_an_unknown_person_waits_for_the_check()
    {
        var worker = await Factory.ApiAsync("worker01");
        var known = await VolunteerAsync(worker, "扫码测试甲", phone: "13800001234");
        var activity = await ActivityAsync(worker, "扫码签到测试");
        var token = await TokenAsync(worker, activity);

        var signedIn = await ScanAsync(activity, token, "扫码测试甲", "1234", "in");
        signedIn.StatusCode.Should().Be(HttpStatusCode.OK, await signedIn.Content.ReadAsStringAsync());
        (await signedIn.Content.ReadFromJsonAsync<ScanView>())!.Message.Should().Contain("签到成功");
        (await (await ScanAsync(activity, token, "扫码测试甲", "1234", "in")).Content.ReadFromJsonAsync<ScanView>())!.Message.Should().Contain("已在");

        var stranger = await ScanAsync(activity, token, "陌生志愿者", "5678", "in");
        stranger.StatusCode.Should().Be(HttpStatusCode.OK);
        var strangerView = (await stranger.Content.ReadFromJsonAsync<ScanView>())!;
        strangerView.AwaitingCheck.Should().BeTrue();
        strangerView.Message.Should().Contain("核对");

        var signedOut = await ScanAsync(activity, token, "扫码测试甲", "1234", "out");
        signedOut.StatusCode.Should().Be(HttpStatusCode.OK, await signedOut.Content.ReadAsStringAsync());
        (await signedOut.Content.ReadFromJsonAsync<ScanView>())!.Message.Should().Contain("签退成功");
        (await ScanAsync(activity, token, "没来的人", "0000", "out")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var view = await ActivityOf(worker, activity);
        view.Attendances.Should().HaveCount(2);
        view.Attendances.Single(a => a.VolunteerId == known).SignedOutAt.Should().NotBeNull();
        view.Attendances.Single(a => a.Name == "陌生志愿者").AwaitingCheck.Should().BeTrue();
        var awaiting = await worker.GetFromJsonAsync<VolunteerPageDto>("/api/v1/volunteers/volunteers?awaitingOnly=true&search=陌生志愿者");
        awaiting!.Rows.Items.Should().ContainSingle(v => v.Name == "陌生志愿者" && v.Status == "awaitingCheck");

        // The unknown person signs out with the same four characters they signed in with.
        (await ScanAsync(activity, token, "陌生志愿者", "5678", "out")).StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task A_code_is_refused_for_another_activity_when_altered_after_its_window_before_it_and_once_renewed()
    {
        var worker = await Factory.ApiAsync("worker01");
        var first = await ActivityAsync(worker, "令牌活动一");
        var second = await ActivityAsync(worker, "令牌活动二");
        var token = await TokenAsync(worker, first);
        var replayed = await ScanAsync(second, token, "重放测试", "1111", "in");
        replayed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await replayed.Content.ReadAsStringAsync()).Should().Contain("不属于本次活动");
        (await ScanAsync(first, token[..^3] + "abc", "篡改测试", "1111", "in")).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var yesterday = await ActivityAsync(worker, "昨天的活动", dayOffset: -1, start: "09:00:00", end: "11:00:00");
        var expired = await ScanAsync(yesterday, await TokenAsync(worker, yesterday), "过期测试", "1111", "in");
        expired.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await expired.Content.ReadAsStringAsync()).Should().Contain("已过期");
        var tomorrow = await ActivityAsync(worker, "明天的活动", dayOffset: 1, start: "09:00:00", end: "11:00:00");
        (await (await ScanAsync(tomorrow, await TokenAsync(worker, tomorrow), "提前测试", "1111", "in")).Content.ReadAsStringAsync()).Should().Contain("还没有开始");

        (await worker.PostAsync($"/api/v1/volunteers/activities/{first}/code/renew", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await (await ScanAsync(first, token, "作废测试", "1111", "in")).Content.ReadAsStringAsync()).Should().Contain("作废");
        (await ScanAsync(first, await TokenAsync(worker, first), "作废测试", "1111", "in")).StatusCode.Should().Be(HttpStatusCode.OK);

        var page = await Factory.Anonymous().GetAsync($"/volunteers/scan/{second}?t=wrong");
        page.StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await Factory.Anonymous().PostAsJsonAsync($"/api/v1/volunteers/scan/{first}", new { token, name = "坏", last4 = "12", action = "in" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }

    [Fact]
    public async Task Hours_are_as_served_rounded_down_to_the_half_hour_capped_for_the_day_and_an_open_sign_in_is_flagged_not_guessed()
    {
        var worker = await Factory.ApiAsync("worker02");
        var a = await VolunteerAsync(worker, "计时志愿者甲");
        var b = await VolunteerAsync(worker, "计时志愿者乙");
        var activity = await ActivityAsync(worker, "计时测试", dayOffset: -1, start: "08:00:00", end: "20:00:00");
        var day = DateOnly.FromDateTime(LocalNow.DateTime).AddDays(-1);
        DateTimeOffset At(int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));
        (await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = a, action = "in", at = At(9, 0) })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = a, action = "out", at = At(10, 50) })).StatusCode.Should().Be(HttpStatusCode.OK);
        (await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = b, action = "in", at = At(8, 0) })).StatusCode.Should().Be(HttpStatusCode.OK);

        var view = await ActivityOf(worker, activity);
        view.Attendances.Single(t => t.VolunteerId == a).Hours.Should().Be(1.5m, "1 h 50 min rounds down to the half hour");
        view.Attendances.Single(t => t.VolunteerId == b).OpenFlag.Should().BeTrue();
        view.OpenSignIns.Should().Be(1);
        var refused = await worker.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null);
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("没有签退");

        var line = view.Attendances.Single(t => t.VolunteerId == b).Id;
        (await worker.PutAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance/{line}", new { signedInAt = At(8, 0), signedOutAt = At(19, 0) }))
            .StatusCode.Should().Be(HttpStatusCode.BadRequest, "a correction needs its reason");
        (await worker.PutAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance/{line}", new { signedInAt = At(8, 0), signedOutAt = At(19, 0), reason = "忘记签退，电话核实" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await ActivityOf(worker, activity)).Attendances.Single(t => t.VolunteerId == b).Hours.Should().Be(8m, "eleven hours are capped at the day's eight");
    }

    [Fact]
    public async Task Closing_credits_the_linking_worker_once_and_a_correction_after_closing_recredits_exactly()
    {
        var worker = await Factory.ApiAsync("worker03");
        var before = await VolunteerHoursAsync(worker);
        var a = await VolunteerAsync(worker, "结算志愿者甲");
        var b = await VolunteerAsync(worker, "结算志愿者乙");
        var activity = await ActivityAsync(worker, "结算测试", dayOffset: -1, start: "09:00:00", end: "12:00:00");
        var day = DateOnly.FromDateTime(LocalNow.DateTime).AddDays(-1);
        DateTimeOffset At(int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));
        foreach (var (v, outAt) in new[] { (a, At(11, 0)), (b, At(12, 0)) })
        {
            (await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = v, action = "in", at = At(9, 0) })).StatusCode.Should().Be(HttpStatusCode.OK);
            (await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = v, action = "out", at = outAt })).StatusCode.Should().Be(HttpStatusCode.OK);
        }

        var colleague = await Factory.ApiAsync("worker04");
        (await colleague.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden, "only the linking worker or a lead closes it");
        (await worker.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null)).StatusCode.Should().Be(HttpStatusCode.Conflict);
        await ModuleData.WaitUntilAsync(async () => await VolunteerHoursAsync(worker) == before + 5, "the five hours credited");
        (await ActivityOf(worker, activity)).CreditedHours.Should().Be(5);

        var line = (await ActivityOf(worker, activity)).Attendances.Single(t => t.VolunteerId == a).Id;
        (await worker.PutAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance/{line}", new { signedInAt = At(9, 0), signedOutAt = At(11, 30), reason = "签退时间录错" }))
            .StatusCode.Should().Be(HttpStatusCode.NoContent);
        await ModuleData.WaitUntilAsync(async () => await VolunteerHoursAsync(worker) == before + 5.5m, "the corrected total");
        await Factory.OutboxesDeliveredAsync();
        (await VolunteerHoursAsync(worker)).Should().Be(before + 5.5m, "the old credit is retracted and the new total credited once");
        var me = (await worker.MeAsync()).Id;
        (await worker.GetFromJsonAsync<List<LinkedDto>>("/api/v1/volunteers/progress"))!.Single(p => p.WorkerId == me)
            .Should().Match<LinkedDto>(p => p.Hours >= 5.5m && p.Target == 200);

        // While the module is on, VOLUNTEER hours cannot be typed by hand; assisting the town still can.
        var typed = await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = day, hours = 2, description = "手工登记志愿服务", indicatorCode = "VOLUNTEER" });
        typed.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await typed.Content.ReadAsStringAsync()).Should().Contain("志愿服务");
        (await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = day, hours = 2, description = "协助低保年审", indicatorCode = "ASSIST" })).StatusCode.Should().Be(HttpStatusCode.Created);
    }

    [Fact]
    public async Task The_export_holds_one_row_per_volunteer_and_activity_and_never_the_same_row_twice_unless_asked_again()
    {
        var worker = await Factory.ApiAsync("worker05");
        var a = await VolunteerAsync(worker, "导出志愿者甲");
        var b = await VolunteerAsync(worker, "导出志愿者乙");
        var activity = await ActivityAsync(worker, "导出测试", dayOffset: -2, start: "14:00:00", end: "16:00:00");
        var day = DateOnly.FromDateTime(LocalNow.DateTime).AddDays(-2);
        DateTimeOffset At(int hour, int minute) => new(day.ToDateTime(new TimeOnly(hour, minute)), TimeSpan.FromHours(8));
        foreach (var v in new[] { a, b })
        {
            await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = v, action = "in", at = At(14, 0) });
            await worker.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = v, action = "out", at = At(16, 0) });
        }

        (await worker.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var first = await worker.GetAsync($"/api/v1/volunteers/export.xlsx?activityId={activity}");
        first.StatusCode.Should().Be(HttpStatusCode.OK, await first.Content.ReadAsStringAsync());
        first.Headers.GetValues("X-Rows").Single().Should().Be("2");
        var rows = MiniExcelLibs.MiniExcel.Query(await first.Content.ReadAsStreamAsync(), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        rows.Should().HaveCount(2);
        rows[0].Keys.Should().Equal("姓名", "证件类型", "证件号码", "手机号", "志愿者编号", "活动名称", "服务日期", "开始时间", "结束时间", "服务时长", "服务内容", "记录人");
        rows.Select(r => r["姓名"]?.ToString()).Should().BeEquivalentTo(["导出志愿者甲", "导出志愿者乙"]);
        rows.Should().OnlyContain(r => r["活动名称"].ToString() == "导出测试" && Convert.ToDecimal(r["服务时长"]) == 2m && r["开始时间"].ToString() == "14:00");

        (await worker.GetAsync($"/api/v1/volunteers/export.xlsx?activityId={activity}")).Headers.GetValues("X-Rows").Single().Should().Be("0", "exported rows are not sent twice");
        (await worker.GetAsync($"/api/v1/volunteers/export.xlsx?activityId={activity}&again=true")).Headers.GetValues("X-Rows").Single().Should().Be("2");
        (await ActivityOf(worker, activity)).Attendances.Should().OnlyContain(t => t.ExportedAt != null);
        var history = (await worker.GetFromJsonAsync<List<ExportDto>>("/api/v1/volunteers/exports"))!;
        history.Where(e => e.Scope.Contains(activity)).Select(e => e.Rows).Should().BeEquivalentTo([2, 0, 2], "each export is kept with its rows, the repeat marked");
        history.Should().Contain(e => e.Scope.StartsWith("重新导出") && e.Scope.Contains(activity));
        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/volunteers/export.xlsx?activityId={activity}")).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task One_person_is_one_volunteer_across_stations_numbers_are_checked_and_masked_and_another_station_sees_neither_activity_nor_sheet()
    {
        var worker = await Factory.ApiAsync("worker07");
        var number = TestIds.Make(new DateOnly(1985, 5, 6), male: false);
        var created = await worker.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "跨站志愿者", documentType = "residentId", documentNumber = number, phone = "13912345678", consent = true });
        created.StatusCode.Should().Be(HttpStatusCode.Created);
        var id = (await created.Content.ReadFromJsonAsync<RegisteredView>())!.Id;
        var other = await Factory.ApiAsync("worker09");
        (await other.GetAsync($"/api/v1/volunteers/volunteers/{id}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var again = await other.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "跨站志愿者", documentType = "residentId", documentNumber = number, consent = true });
        var joined = (await again.Content.ReadFromJsonAsync<RegisteredView>())!;
        joined.Should().Be(new RegisteredView(id, true), "the same document is the same person");
        var seen = (await other.GetFromJsonAsync<VolunteerDto>($"/api/v1/volunteers/volunteers/{id}"))!;
        seen.DocumentNumber.Should().Be(number[..6] + "********" + number[^4..]);
        seen.Phone.Should().Be("139****5678");

        var bad = await worker.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "错号志愿者", documentType = "residentId", documentNumber = number[..17] + (number[17] == '1' ? "2" : "1"), consent = true });
        bad.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await bad.ErrorFieldsAsync()).Should().Contain("documentNumber");
        (await worker.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "护照志愿者", documentType = "passport", documentNumber = "E12345678", consent = true })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "枚举数字", documentType = 1, documentNumber = "E12345679" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);

        var activity = await ActivityAsync(worker, "他站不可见");
        (await other.GetAsync($"/api/v1/volunteers/activities/{activity}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetAsync($"/api/v1/volunteers/activities/{activity}/code")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = id, action = "in" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await other.GetFromJsonAsync<ActivityPageDto>("/api/v1/volunteers/activities?pageSize=100"))!.Rows.Items.Should().NotContain(a => a.Id == activity);

        var bureau = await Factory.ApiAsync("bureau");
        (await bureau.GetAsync($"/api/v1/volunteers/activities/{activity}")).StatusCode.Should().Be(HttpStatusCode.OK);
        (await bureau.PostAsJsonAsync($"/api/v1/volunteers/activities/{activity}/attendance", new { volunteerId = id, action = "in" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsync($"/api/v1/volunteers/activities/{activity}/close", null)).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "局里组织", kind = "其他", stage = "filed" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await bureau.PostAsJsonAsync("/api/v1/volunteers/volunteers", new { name = "局里志愿者", documentType = "passport", documentNumber = "E99999999" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
    }

    [Fact]
    public async Task An_organisation_code_is_checked_when_given_absent_is_fine_and_a_wrong_one_is_refused()
    {
        var worker = await Factory.ApiAsync("worker11");
        (await worker.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "登记的协会", kind = "公益慈善类", uscc = "91350100M000100Y43", stage = "registered" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "备案的队伍", kind = "文体活动类", stage = "filed" })).StatusCode.Should().Be(HttpStatusCode.Created);
        var wrong = await worker.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "错码组织", kind = "其他", uscc = "91350100M000100Y44", stage = "registered" });
        wrong.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await wrong.Content.ReadAsStringAsync()).Should().Contain("校验位");
        (await (await worker.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "错字组织", kind = "其他", uscc = "91350100M000100I43", stage = "filed" })).Content.ReadAsStringAsync()).Should().Contain("不用 I");
        (await worker.PostAsJsonAsync("/api/v1/volunteers/organisations", new { name = "未填码的登记组织", kind = "其他", stage = "registered" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        var list = (await worker.GetFromJsonAsync<List<OrganisationDto>>("/api/v1/volunteers/organisations"))!;
        list.Should().Contain(o => o.Name == "登记的协会" && o.Uscc == "91350100M000100Y43" && o.Stage == "registered");
        list.Should().Contain(o => o.Name == "备案的队伍" && o.Uscc == null);
        var org = list.First(o => o.Name == "备案的队伍").Id;
        (await worker.PostAsJsonAsync($"/api/v1/volunteers/organisations/{org}/supports", new { on = DateOnly.FromDateTime(LocalNow.DateTime), kind = "training", text = "财务管理培训" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await worker.GetFromJsonAsync<List<CountsDto>>("/api/v1/volunteers/counts"))!.Should().ContainSingle().Which.OrganisationTotal.Should().BeGreaterThanOrEqualTo(2);
        var lead = await Factory.ApiAsync("lead");
        (await lead.GetFromJsonAsync<List<CountsDto>>("/api/v1/volunteers/counts"))!.Count.Should().BeGreaterThan(1, "the lead sees every station");
    }

    [Fact]
    public async Task Switched_off_the_module_leaves_no_route_and_volunteer_hours_may_be_typed_by_hand_again()
    {
        await using var off = new PlatformFactory(platform.Database, new Dictionary<string, string?> { ["Platform:Modules:volunteers:Enabled"] = "false" });
        var worker = await off.ApiAsync("worker06");
        (await worker.GetAsync("/api/v1/volunteers/activities")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var browser = await off.BrowserAsync("worker06");
        (await browser.GetAsync("/volunteers/activities")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await (await browser.GetAsync("/ledger/progress/hours")).Content.ReadAsStringAsync()).Should().Contain("value=\"VOLUNTEER\"");
        var typed = await worker.PostAsJsonAsync("/api/v1/ledger/hours", new { date = DateOnly.FromDateTime(LocalNow.DateTime), hours = 1.5, description = "链接志愿者服务", indicatorCode = "VOLUNTEER" });
        typed.StatusCode.Should().Be(HttpStatusCode.Created, await typed.Content.ReadAsStringAsync());

        var on = await Factory.BrowserAsync("worker06");
        var page = await (await on.GetAsync("/ledger/progress/hours")).Content.ReadAsStringAsync();
        page.Should().NotContain("value=\"VOLUNTEER\"").And.Contain("self-credited");
    }

    private sealed record CodeView(string ActivityId, string Token, string Path);

    private sealed record ScanView(string Message, string Name, bool AwaitingCheck, decimal? Hours);

    private sealed record RegisteredView(string Id, bool Existing);

    private sealed record AttendanceDto(string Id, string VolunteerId, string Name, DateTimeOffset SignedInAt, DateTimeOffset? SignedOutAt, decimal Hours, bool OpenFlag, bool AwaitingCheck, DateTimeOffset? ExportedAt);

    private sealed record ActivityDto(string Id, string State, decimal CreditedHours, List<AttendanceDto> Attendances, int OpenSignIns, int AwaitingCheck);

    private sealed record PageDto<T>(List<T> Items, int Total);

    private sealed record ActivityLineDto(string Id, string Title);

    private sealed record ActivityPageDto(PageDto<ActivityLineDto> Rows);

    private sealed record VolunteerLineDto(string Id, string Name, string Status);

    private sealed record VolunteerPageDto(PageDto<VolunteerLineDto> Rows);

    private sealed record VolunteerDto(string Id, string Name, string? DocumentNumber, string? Phone);

    private sealed record LinkedDto(string WorkerId, decimal Hours, decimal Target);

    private sealed record OrganisationDto(string Id, string Name, string? Uscc, string Stage);

    private sealed record ExportDto(string Id, DateTimeOffset At, int Rows, string Scope);

    private sealed record CountsDto(string StationId, int Volunteers, int OrganisationTotal);
}

public sealed class VolunteerTestsOnSqlite(SqlitePlatform platform) : VolunteerTests<SqlitePlatform>(platform);

public sealed class VolunteerTestsOnPostgres(PostgresPlatform platform) : VolunteerTests<PostgresPlatform>(platform);
