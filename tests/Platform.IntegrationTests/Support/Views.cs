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

/// <summary>One enabled module of <c>GET /api/v1/modules</c>.</summary>
public sealed record ModuleView(string Key, string Name);

/// <summary>One of the caller's due items, <c>GET /api/v1/notifications/due</c> (what the daily digest lists).</summary>
public sealed record DueItemView(string Module, string Title);

/// <summary>A line of a module's list of clients (<c>/child-welfare/due</c>, <c>/child-welfare/children</c>, <c>/elderly/due</c>, <c>/elderly/elders</c>): whose it is.</summary>
public sealed record ClientLineView(string ClientId);

/// <summary>One entry of the audit log, <c>GET /api/v1/staff/audit</c>.</summary>
public sealed record AuditEntryView(string? Target, string Outcome, string? Detail);

/// <summary>One row of the registry's client list, <c>GET /api/v1/registry/clients</c> (ID number and phone masked).</summary>
public sealed record ClientRowView(string Name, string? IdNumber, string? Phone);

/// <summary>A client's record, <c>GET /api/v1/registry/clients/{id}</c>.</summary>
public sealed record ClientDetailsView(
    string Name, string StationId, string Sex, DateOnly? BirthDate, string? IdNumber, string? Address, List<ClientCategoryView> Categories, string? ArchiveReason,
    List<ClientTransferView> Transfers);

/// <summary>One of a client's categories.</summary>
public sealed record ClientCategoryView(string Code);

/// <summary>One transfer in a client's history.</summary>
public sealed record ClientTransferView(string Reason, string? ByUser);

/// <summary>An elder's profile, <c>GET /api/v1/elderly/elders/{id}</c>: how often a visit is owed and when the next one is due.</summary>
public sealed record ElderScheduleView(string Every, DateOnly NextDue);

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
        (await response.ErrorsAsync()).Keys;

    public static async Task<Dictionary<string, string[]>> ErrorsAsync(this HttpResponseMessage response) =>
        (await response.Content.ReadFromJsonAsync<ValidationProblemView>())!.Errors;

    public static async Task<List<ModuleView>> ModulesAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<ModuleView>>("/api/v1/modules"))!;

    public static async Task<List<DueItemView>> DueItemsAsync(this HttpClient client) =>
        (await client.GetFromJsonAsync<List<DueItemView>>("/api/v1/notifications/due"))!;

    /// <summary>The clients a module's list names, e.g. <c>/api/v1/child-welfare/due</c>.</summary>
    public static async Task<List<ClientLineView>> ClientLinesAsync(this HttpClient client, string path) =>
        (await client.GetFromJsonAsync<List<ClientLineView>>(path))!;

    public static async Task<List<AuditEntryView>> AuditAsync(this HttpClient client, string query) =>
        (await client.GetFromJsonAsync<ListPage<AuditEntryView>>("/api/v1/staff/audit?" + query))!.Items;

    public static async Task<ListPage<ClientRowView>> ClientsAsync(this HttpClient client, string query) =>
        (await client.GetFromJsonAsync<ListPage<ClientRowView>>("/api/v1/registry/clients?" + query))!;

    public static async Task<ClientDetailsView> ClientAsync(this HttpClient client, string clientId) =>
        (await client.GetFromJsonAsync<ClientDetailsView>($"/api/v1/registry/clients/{clientId}"))!;
}
