using System.Net.Http.Json;

namespace Platform.IntegrationTests.Support;

/// <summary>The inbox and the scheduled jobs as the API shows them.</summary>
public static class Notices
{
    /// <summary>Runs a job now through the administrator's API and waits until its run is recorded.</summary>
    public static async Task<JobRunDto> RunJobAsync(this HttpClient admin, string group, string name, int seconds = 30)
    {
        var url = $"/api/v1/notifications/jobs/{group}/{name}/runs";
        var before = (await admin.GetFromJsonAsync<List<JobRunDto>>(url))!.FirstOrDefault()?.StartedAt;
        (await admin.PostAsync($"/api/v1/notifications/jobs/{group}/{name}/run", null)).StatusCode.Should().Be(System.Net.HttpStatusCode.Accepted);
        JobRunDto? latest = null;
        await ModuleData.WaitUntilAsync(
            async () =>
            {
                latest = (await admin.GetFromJsonAsync<List<JobRunDto>>(url))!.FirstOrDefault();
                return latest is not null && latest.StartedAt != before;
            },
            $"a run of {group}.{name}",
            seconds);
        latest!.Succeeded.Should().BeTrue(latest.Result);
        return latest;
    }

    public static async Task<List<JobRunDto>> JobRunsAsync(this HttpClient admin, string group, string name) =>
        (await admin.GetFromJsonAsync<List<JobRunDto>>($"/api/v1/notifications/jobs/{group}/{name}/runs"))!;

    /// <summary>The caller's notices, newest first.</summary>
    public static async Task<List<NoticeDto>> InboxAsync(this HttpClient client, string? kind = null) =>
        (await client.GetFromJsonAsync<NoticePageDto>("/api/v1/notifications?pageSize=200"))!.Items.Where(n => kind is null || n.Kind == kind).ToList();

    public static async Task<int> UnreadAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<NoticePageDto>("/api/v1/notifications?pageSize=1"))!.Unread;
}

public sealed record JobRunDto(DateTime StartedAt, DateTime FinishedAt, bool Succeeded, string Result, string Node);

public sealed record NoticeDto(string Id, string Kind, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt);

public sealed record NoticePageDto(List<NoticeDto> Items, int Total, int Unread);
