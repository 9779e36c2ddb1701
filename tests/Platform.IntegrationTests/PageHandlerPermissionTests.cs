using System.Net;
using System.Security.Cryptography;
using System.Text;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.Mvc.RazorPages.Infrastructure;
using Microsoft.AspNetCore.Http;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.DependencyInjection;
using Platform.IntegrationTests.Support;

namespace Platform.IntegrationTests;

/// <summary>
/// Every page handler that is not a GET, of every enabled module, posted to by the bureau (which only reads): each is
/// refused, and no module's data changes. The list comes from the host's pages, so a new page is covered unasked.
/// </summary>
public sealed class PageHandlerPermissionTests(SqlitePlatform platform) : IClassFixture<SqlitePlatform>
{
    // What a refused request may still write: the audit entry of the denial, the bureau's own session, Quartz's bookkeeping.
    private static readonly string[] Bookkeeping = ["audit", "session", "dataprotection", "qrtz_", "outbox", "__efmigrations", "sqlite_"];

    // The bureau's own account is its own to change: its inbox, its notification settings, its password.
    private static readonly string[] OwnAccountPages = ["/Notifications/Index", "/Notifications/Settings", "/Staff/Account/Password"];

    [Fact]
    public async Task The_bureau_is_refused_on_every_page_handler_that_writes_and_nothing_changes()
    {
        var factory = platform.Factory;
        var loader = factory.Services.GetRequiredService<PageLoader>();
        var handlers = new List<(CompiledPageActionDescriptor Page, string? Handler)>();
        var pages = factory.Services.GetRequiredService<Microsoft.AspNetCore.Mvc.Infrastructure.IActionDescriptorCollectionProvider>().ActionDescriptors.Items.OfType<PageActionDescriptor>();
        foreach (var descriptor in pages.Where(p => p.AreaName is not null))
        {
            var compiled = await loader.LoadAsync(descriptor, EndpointMetadataCollection.Empty);
            handlers.AddRange(compiled.HandlerMethods.Where(h => string.Equals(h.HttpMethod, "POST", StringComparison.OrdinalIgnoreCase)).Select(h => (compiled, h.Name)));
        }

        handlers = handlers.DistinctBy(p => (p.Page.RelativePath, p.Handler))
            .Where(p => !OwnAccountPages.Contains($"/{p.Page.AreaName}{p.Page.ViewEnginePath}", StringComparer.OrdinalIgnoreCase))
            .ToList();
        handlers.Should().HaveCountGreaterThan(30, "every module's forms are found");

        var bureau = await factory.BrowserAsync("bureau");
        var token = await AntiforgeryTokenAsync(bureau);
        var client = await AnyClientIdAsync(factory);
        // Under load a demo message may have failed once and wait for its retry: let every retry land first.
        await SettledAsync(factory);
        var before = Fingerprint(factory);
        var accepted = new List<string>();
        foreach (var (page, handler) in handlers)
        {
            var url = "/" + string.Join('/', page.AttributeRouteInfo!.Template!.Split('/').Select(s => s.StartsWith('{') ? client : s));
            url += handler is null ? "" : $"?handler={handler}";
            var response = await bureau.PostAsync(url, new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["__RequestVerificationToken"] = token, ["reason"] = "民政局试图修改", ["Input.Name"] = "民政局", ["Input.Text"] = "民政局",
            }));
            var refused = response.StatusCode is HttpStatusCode.Forbidden or HttpStatusCode.NotFound
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location?.OriginalString.Contains("access-denied", StringComparison.OrdinalIgnoreCase) == true);
            if (!refused)
            {
                accepted.Add($"{url} → {(int)response.StatusCode} {response.Headers.Location}");
            }
        }

        accepted.Should().BeEmpty("the bureau changes nothing");
        var after = Fingerprint(factory);
        after.Where(t => before.GetValueOrDefault(t.Key) != t.Value).Select(t => t.Key).Should().BeEmpty("a refused request changes no record");
    }

    private static Task SettledAsync(PlatformFactory factory) =>
        ModuleData.WaitUntilAsync(
            async () =>
            {
                using var scope = factory.SystemScope();
                foreach (var database in scope.ServiceProvider.GetServices<Platform.Modularity.Data.ModuleDatabase>())
                {
                    var db = (Microsoft.EntityFrameworkCore.DbContext)scope.ServiceProvider.GetRequiredService(database.ContextType);
                    if (await Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.AnyAsync(
                        db.Set<Platform.Modularity.Outbox.OutboxMessage>(), m => m.ProcessedAt == null && m.LastError != Platform.Modularity.Outbox.OutboxDispatcher.WaitingForReceiver))
                    {
                        return false;
                    }
                }

                return true;
            },
            "every outbox message, retries included, to be delivered",
            seconds: 120);

    private static async Task<string> AntiforgeryTokenAsync(HttpClient client)
    {
        var page = await client.GetPageAsync("/notifications/settings");
        return page.QuerySelector("input[name=__RequestVerificationToken]")!.GetAttribute("value")!;
    }

    private static async Task<string> AnyClientIdAsync(PlatformFactory factory)
    {
        var lead = await factory.ApiAsync("lead");
        var clients = await System.Net.Http.Json.HttpClientJsonExtensions.GetFromJsonAsync<System.Text.Json.JsonElement>(lead, "/api/v1/registry/clients?pageSize=1");
        return clients.GetProperty("items")[0].GetProperty("id").GetString()!;
    }

    /// <summary>A hash of every row of every module table in the SQLite data folder, by table.</summary>
    private static Dictionary<string, string> Fingerprint(PlatformFactory factory)
    {
        var folder = factory.Services.GetRequiredService<Microsoft.Extensions.Configuration.IConfiguration>()["Platform:Database:DataDirectory"]!;
        var result = new Dictionary<string, string>();
        foreach (var file in Directory.GetFiles(folder, "*.db"))
        {
            using var connection = new SqliteConnection($"Data Source={file};Mode=ReadOnly");
            connection.Open();
            var tables = new List<string>();
            using (var list = connection.CreateCommand())
            {
                list.CommandText = "SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name";
                using var reader = list.ExecuteReader();
                while (reader.Read())
                {
                    tables.Add(reader.GetString(0));
                }
            }

            foreach (var table in tables.Where(t => !Bookkeeping.Any(b => t.Contains(b, StringComparison.OrdinalIgnoreCase))))
            {
                using var select = connection.CreateCommand();
                select.CommandText = $"SELECT * FROM \"{table}\"";
                using var reader = select.ExecuteReader();
                var text = new StringBuilder();
                while (reader.Read())
                {
                    for (var i = 0; i < reader.FieldCount; i++)
                    {
                        text.Append(reader.GetValue(i)).Append('|');
                    }

                    text.Append('\n');
                }

                result[$"{Path.GetFileName(file)}:{table}"] = Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
            }
        }

        return result;
    }
}
