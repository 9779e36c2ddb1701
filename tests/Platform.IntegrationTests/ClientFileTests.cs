using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// The kit's client files follow the registry (a child's file and an elder's profile): a transfer moves the file, its
/// visits and its due items to the new station; an archive takes it off every list until a restore; losing the
/// module's category closes it.
/// </summary>
public abstract class ClientFileTests<TPlatform>(TPlatform platform) : IClassFixture<TPlatform> where TPlatform : PlatformFixture
{
    private PlatformFactory Factory => platform.Factory;

    private sealed record Standing(string State, string? ClosedReason, List<HistoryLine> History);

    private sealed record HistoryLine(DateTimeOffset At, string Text);

    private sealed record VisitLine(string Id);

    private sealed record FileView(string ClientId, string StationId, string Name, string WorkerId, Standing Standing, List<VisitLine> Visits);

    private sealed record StationElders(string StationId, int Elders, int VisitedThisMonth, decimal RatePercent, int Overdue);

    private static async Task<string> StationOf(HttpClient user) =>
        (await user.MeAsync()).StationId!;

    private static async Task<bool> OwesAsync(HttpClient worker, string module, string clientId) =>
        (await worker.ClientLinesAsync($"/api/v1/{module}/due")).Any(d => d.ClientId == clientId);

    private static async Task<bool> InDigestAsync(HttpClient worker, string name) =>
        (await worker.DueItemsAsync()).Any(d => d.Title.Contains(name));

    private static object PhoneVisit() => new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), kind = "phone", content = "电话了解近况。" };

    [Fact]
    public async Task A_transferred_key_child_is_the_new_stations_to_visit_and_the_old_station_sees_nothing()
    {
        var (worker01, worker03, lead) = (await Factory.ApiAsync("worker01"), await Factory.ApiAsync("worker03"), await Factory.ApiAsync("lead"));
        var child = await ChildWelfareTests<TPlatform>.RegisterChildAsync(worker01, "转站测试童");
        (await worker01.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        var visit = await worker01.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", PhoneVisit());
        visit.StatusCode.Should().Be(HttpStatusCode.Created, await visit.Content.ReadAsStringAsync());
        var visitId = await visit.CreatedIdAsync();
        (await OwesAsync(worker01, "child-welfare", child)).Should().BeTrue("a phone call is not this month's home visit");
        (await InDigestAsync(worker01, "转站测试童")).Should().BeTrue();
        (await OwesAsync(worker03, "child-welfare", child)).Should().BeFalse();

        var to = await StationOf(worker03);
        (await lead.PostAsJsonAsync($"/api/v1/registry/clients/{child}/transfer", new { stationId = to, reason = "随祖母迁居" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Factory.OutboxesDeliveredAsync();

        var file = await worker03.GetFromJsonAsync<FileView>($"/api/v1/child-welfare/children/{child}");
        file!.StationId.Should().Be(to);
        file.WorkerId.Should().Be((await worker03.MeAsync()).Id, "the new station's first worker owes the visits");
        file.Standing.State.Should().Be("open");
        file.Standing.History.Should().ContainSingle().Which.Text.Should().Contain("转到").And.Contain("负责");
        (await worker03.GetFromJsonAsync<FileView>($"/api/v1/child-welfare/children/{child}"))!.Visits
            .Select(v => v.Id).Should().Contain(visitId, "the file's history moves with it");
        (await OwesAsync(worker03, "child-welfare", child)).Should().BeTrue();
        (await InDigestAsync(worker03, "转站测试童")).Should().BeTrue();

        (await worker01.GetAsync($"/api/v1/child-welfare/children/{child}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker01.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", PhoneVisit())).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await worker01.PostAsJsonAsync($"/api/v1/child-welfare/visits/{visitId}/withdraw", new { reason = "误登记" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await OwesAsync(worker01, "child-welfare", child)).Should().BeFalse();
        (await InDigestAsync(worker01, "转站测试童")).Should().BeFalse();
    }

    [Fact]
    public async Task An_archived_elder_leaves_the_due_list_the_visit_rate_and_the_digest_and_a_restore_brings_the_elder_back()
    {
        var worker = await Factory.ApiAsync("worker09");
        var station = await StationOf(worker);
        var elder = await ElderlyTests<TPlatform>.RegisterElderAsync(worker, "归档测试老人");
        (await worker.PutAsJsonAsync($"/api/v1/elderly/elders/{elder}", new { situations = new[] { "livingAlone" }, tier = "high" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        async Task<int> EldersAtStation() => (await worker.GetFromJsonAsync<List<StationElders>>("/api/v1/elderly/overview"))!.Single(s => s.StationId == station).Elders;
        (await OwesAsync(worker, "elderly", elder)).Should().BeTrue("never visited");
        (await InDigestAsync(worker, "归档测试老人")).Should().BeTrue();
        var counted = await EldersAtStation();

        (await worker.PostAsJsonAsync($"/api/v1/registry/clients/{elder}/archive", new { reason = "迁往外地子女处" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Factory.OutboxesDeliveredAsync();
        (await OwesAsync(worker, "elderly", elder)).Should().BeFalse();
        (await InDigestAsync(worker, "归档测试老人")).Should().BeFalse();
        (await EldersAtStation()).Should().Be(counted - 1, "the monthly visit rate counts the elders still served");
        (await worker.ClientLinesAsync("/api/v1/elderly/elders")).Should().NotContain(l => l.ClientId == elder);
        var refused = await worker.PostAsJsonAsync($"/api/v1/elderly/elders/{elder}/visits", PhoneVisit());
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("已在服务对象档案中归档");
        (await worker.GetFromJsonAsync<FileView>($"/api/v1/elderly/elders/{elder}"))!.Standing.State.Should().Be("archived", "the profile is kept and can be read");

        (await worker.PostAsync($"/api/v1/registry/clients/{elder}/restore", null)).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await Factory.OutboxesDeliveredAsync();
        (await OwesAsync(worker, "elderly", elder)).Should().BeTrue();
        (await InDigestAsync(worker, "归档测试老人")).Should().BeTrue();
        (await EldersAtStation()).Should().Be(counted);
        var history = (await worker.GetFromJsonAsync<FileView>($"/api/v1/elderly/elders/{elder}"))!.Standing.History;
        history.Select(h => h.Text).Should().HaveCount(2).And.Contain(t => t.Contains("归档")).And.Contain(t => t.Contains("恢复在册"));
    }

    [Fact]
    public async Task A_child_who_loses_the_child_category_has_the_file_closed_with_the_reason_and_no_more_visits()
    {
        var worker = await Factory.ApiAsync("worker05");
        var child = await ChildWelfareTests<TPlatform>.RegisterChildAsync(worker, "类别测试童", "MIGRANT_CHILD");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        (await OwesAsync(worker, "child-welfare", child)).Should().BeTrue();

        var client = await worker.ClientAsync(child);
        var update = await worker.PutAsJsonAsync($"/api/v1/registry/clients/{child}", new
        {
            name = client.Name, idNumber = client.IdNumber, sex = "male",
            address = client.Address, categories = new[] { "OTHER" },
        });
        update.StatusCode.Should().Be(HttpStatusCode.NoContent, await update.Content.ReadAsStringAsync());
        await Factory.OutboxesDeliveredAsync();

        var file = await worker.GetFromJsonAsync<FileView>($"/api/v1/child-welfare/children/{child}");
        file!.Standing.State.Should().Be("closed");
        file.Standing.ClosedReason.Should().Contain("儿童");
        (await OwesAsync(worker, "child-welfare", child)).Should().BeFalse();
        (await InDigestAsync(worker, "类别测试童")).Should().BeFalse();
        var refused = await worker.PostAsJsonAsync($"/api/v1/child-welfare/children/{child}/visits", PhoneVisit());
        refused.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        (await refused.Content.ReadAsStringAsync()).Should().Contain("档案已关闭");
        (await worker.PutAsJsonAsync($"/api/v1/child-welfare/children/{child}", new { isKeyChild = true })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
    }
}

public sealed class ClientFileTestsOnSqlite(SqlitePlatform platform) : ClientFileTests<SqlitePlatform>(platform);

public sealed class ClientFileTestsOnPostgres(PostgresPlatform platform) : ClientFileTests<PostgresPlatform>(platform);
