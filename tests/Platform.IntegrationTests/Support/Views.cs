using System.Net.Http.Json;

namespace Platform.IntegrationTests.Support;

// Typed views of API answers that several test classes read: only the fields the tests check, read with the
// System.Text.Json web defaults (camelCase; enums arrive as camelCase strings and are read as string).
// A view shared by one class only stays a private record in that class.

/// <summary><c>GET /api/v1/staff/me</c>.</summary>
public sealed record StaffMe(string Id, string UserName, string? StationId, string? StationName, List<string> Roles);

/// <summary>The <c>{ id }</c> a create answers with.</summary>
public sealed record Created(string Id);

/// <summary>A page of a list: <c>{ items, total }</c>.</summary>
public sealed record ListPage<T>(List<T> Items, int Total);

/// <summary><c>GET /api/v1/ledger/summary</c>.</summary>
public sealed record LedgerSummaryView(
    DateOnly From, DateOnly To, string? StationId, List<LedgerRowView> Rows, decimal ProfessionalHours, decimal TotalHours, decimal? ProfessionalShare)
{
    public LedgerRowView Row(string code) => Rows.Single(r => r.Code == code);
}

/// <summary>One indicator's row of the ledger summary.</summary>
public sealed record LedgerRowView(string Code, decimal Quantity, decimal StandardHours, decimal TargetQuantity, decimal ExpectedQuantity);

/// <summary>One entry of <c>GET /api/v1/ledger/entries</c>.</summary>
public sealed record LedgerEntryView(string SourceModule, string SourceId, string Description, string? Link, decimal Hours);

/// <summary>One entry of a client's timeline, <c>GET /api/v1/registry/clients/{id}/timeline</c>.</summary>
public sealed record TimelineEntryView(string Module, string Title, string? Summary, string? Link);

/// <summary>A 400's validation problem: the fields named in <c>errors</c>.</summary>
public sealed record ValidationProblemView(Dictionary<string, string[]> Errors);

public static class Views
{
    public static async Task<StaffMe> MeAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<StaffMe>("/api/v1/staff/me"))!;

    public static async Task<string> CreatedIdAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<Created>())!.Id;

    public static async Task<LedgerSummaryView> LedgerSummaryAsync(this HttpClient client, string query = "") =>
        (await client.GetFromJsonAsync<LedgerSummaryView>("/api/v1/ledger/summary?" + query))!;

    public static async Task<List<LedgerEntryView>> LedgerEntriesAsync(this HttpClient client, string query) =>
        (await client.GetFromJsonAsync<ListPage<LedgerEntryView>>("/api/v1/ledger/entries?" + query))!.Items;

    public static async Task<ListPage<TimelineEntryView>> TimelineAsync(this HttpClient client, string clientId) =>
        (await client.GetFromJsonAsync<ListPage<TimelineEntryView>>($"/api/v1/registry/clients/{clientId}/timeline"))!;

    public static async Task<IEnumerable<string>> ErrorFieldsAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ValidationProblemView>())!.Errors.Keys;
}
