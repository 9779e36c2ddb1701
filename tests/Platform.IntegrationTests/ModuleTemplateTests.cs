using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// <c>dotnet new platform-module</c> (templates/module) makes a module that builds on its own against the platform's
/// contracts, is loaded by the host from its folder, migrates its database, and keeps client files on the kit: the
/// eligibility check, a credited visit and its withdrawal, and the file following its person to another station.
/// </summary>
public sealed class ModuleTemplateTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly string _work = Directory.CreateTempSubdirectory("platform-template-").FullName;
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    private sealed record Standing(string State, string? ClosedReason, List<HistoryLine> History);

    private sealed record HistoryLine(DateTimeOffset At, string Text);

    private sealed record VisitView(string Id, string WorkerId, string Content, bool IsWithdrawn);

    private sealed record FileView(string ClientId, string StationId, string Name, string WorkerId, string? Needs, List<VisitView> Visits, Standing Standing);

    [Fact]
    public async Task A_module_made_by_the_template_builds_loads_and_keeps_client_files_that_follow_the_registry_with_a_credited_visit()
    {
        // What a module's build needs of the repository: the shared build settings, package versions and the two contract projects.
        foreach (var file in new[] { "Directory.Build.props", "Directory.Packages.props", "modules/Directory.Build.targets" })
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(_work, file))!);
            File.Copy(Path.Combine(Root, file), Path.Combine(_work, file));
        }

        foreach (var project in new[] { "contracts/Platform.Contracts", "contracts/Platform.Modularity" })
        {
            CopySources(Path.Combine(Root, project), Path.Combine(_work, project));
        }

        var hive = Path.Combine(_work, "template-hive");
        await RunAsync("new", "install", Path.Combine(Root, "templates/module"), "--debug:custom-hive", hive);
        await RunAsync("new", "platform-module", "-n", "Garden", "--key", "garden", "--title", "菜园", "-o", Path.Combine(_work, "modules/Garden"), "--debug:custom-hive", hive);
        await RunAsync("build", Path.Combine(_work, "modules/Garden"), "-c", "Release", "-nologo", "-v", "q", "-nodeReuse:false", "-p:UseSharedCompilation=false", "-p:UseRazorBuildServer=false");
        var output = Path.Combine(_work, "modules/Garden/bin/Release/net10.0");
        File.Exists(Path.Combine(output, "Platform.Modules.Garden.dll")).Should().BeTrue();

        await using var host = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:Paths:0"] = output });
        var (worker, other, lead, bureau) = (await host.ApiAsync("worker01"), await host.ApiAsync("worker03"), await host.ApiAsync("lead"), await host.ApiAsync("bureau"));
        (await worker.ModulesAsync()).Should().Contain(m => m.Key == "garden" && m.Name == "菜园");
        var browser = await host.BrowserAsync("worker01");
        var page = await browser.GetPageAsync("/garden");
        page.QuerySelector("h1")!.TextContent.Should().Be("菜园");
        page.QuerySelector("#files")!.TextContent.Should().Contain("还没有档案。");
        page.QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().Contain("菜园");

        // Who may have a file: the kit checks the category, the station and the role.
        var client = await RegisterAsync(worker, "模板测试户", "DIBAO");
        var stranger = await RegisterAsync(worker, "非低保户", "OTHER");
        (await (await worker.PutAsJsonAsync($"/api/v1/garden/files/{stranger}", new { })).Content.ReadAsStringAsync()).Should().Contain("没有最低生活保障对象类别");
        (await other.PutAsJsonAsync($"/api/v1/garden/files/{client}", new { })).StatusCode.Should().Be(HttpStatusCode.NotFound, "another station's client");
        (await bureau.PutAsJsonAsync($"/api/v1/garden/files/{client}", new { })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await worker.PutAsJsonAsync($"/api/v1/garden/files/{client}", new { needs = "就业帮扶" })).StatusCode.Should().Be(HttpStatusCode.NoContent);

        // A visit credits one outreach visit through the outbox; its withdrawal (not by another station) takes it back.
        await host.OutboxesDeliveredAsync(); // the demo district's own credits land first, so "before" is all of them
        var before = await OutreachHoursAsync(worker);
        var response = await worker.PostAsJsonAsync($"/api/v1/garden/files/{client}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddMinutes(-30), content = "入户了解就业意向。" });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        var visit = await response.CreatedIdAsync();
        (await worker.PostAsJsonAsync($"/api/v1/garden/files/{client}/visits", new { visitedAt = DateTimeOffset.UtcNow.AddDays(2), content = "未来" })).StatusCode.Should().Be(HttpStatusCode.BadRequest);
        await host.OutboxesDeliveredAsync();
        (await OutreachHoursAsync(worker)).Should().Be(before + 2, "one outreach visit is 2 standard hours");
        (await browser.GetPageAsync($"/garden/files/details/{client}")).QuerySelector("#visits")!.TextContent.Should().Contain("入户了解就业意向。");
        (await other.PostAsJsonAsync($"/api/v1/garden/visits/{visit}/withdraw", new { reason = "误录" })).StatusCode.Should().Be(HttpStatusCode.NotFound);
        (await bureau.PostAsJsonAsync($"/api/v1/garden/visits/{visit}/withdraw", new { reason = "误录" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        (await worker.PostAsJsonAsync($"/api/v1/garden/visits/{visit}/withdraw", new { reason = "误录" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await host.OutboxesDeliveredAsync();
        (await OutreachHoursAsync(worker)).Should().Be(before);

        // The file follows its person: transferred, it is the other station's with its visit; the old station's sees nothing.
        var to = await other.MeAsync();
        (await lead.PostAsJsonAsync($"/api/v1/registry/clients/{client}/transfer", new { stationId = to.StationId, reason = "迁居" })).StatusCode.Should().Be(HttpStatusCode.NoContent);
        await host.OutboxesDeliveredAsync();
        (await worker.GetAsync($"/api/v1/garden/files/{client}")).StatusCode.Should().Be(HttpStatusCode.NotFound);
        var moved = (await other.GetFromJsonAsync<FileView>($"/api/v1/garden/files/{client}"))!;
        (moved.StationId, moved.WorkerId, moved.Needs, moved.Standing.State).Should().Be((to.StationId!, to.Id, "就业帮扶", "open"));
        moved.Visits.Should().ContainSingle(v => v.Id == visit && v.IsWithdrawn);
        moved.Standing.History.Should().ContainSingle(h => h.Text.StartsWith("随服务对象从"));
        File.Exists(Path.Combine(_database.Settings["Platform:Database:DataDirectory"]!, "garden.db")).Should().BeTrue("the module migrated a database of its own");
    }

    private static async Task<string> RegisterAsync(HttpClient worker, string name, string category)
    {
        var response = await worker.PostAsJsonAsync("/api/v1/registry/clients", new { name, idNumber = TestIds.Make(new DateOnly(1970, 3, 9), male: true), sex = "male", address = "莲塘镇东村 1 号", categories = new[] { category } });
        response.StatusCode.Should().Be(HttpStatusCode.Created, await response.Content.ReadAsStringAsync());
        return await response.CreatedIdAsync();
    }

    private static async Task<decimal> OutreachHoursAsync(HttpClient worker)
    {
        var me = await worker.MeAsync();
        var rows = (await worker.LedgerSummaryAsync($"workerId={me.Id}")).Rows;
        return rows.Where(r => r.Code == "OUTREACH").Select(r => r.StandardHours).SingleOrDefault();
    }

    private async Task RunAsync(params string[] arguments)
    {
        var start = new ProcessStartInfo("dotnet") { WorkingDirectory = _work, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        // The test runner's MSBuild settings would steer the child build to the runner's own SDK paths.
        foreach (var name in new[] { "MSBuildExtensionsPath", "MSBuildSDKsPath", "MSBUILD_EXE_PATH", "MSBuildLoadMicrosoftTargetsReadOnly" })
        {
            start.Environment.Remove(name);
        }

        start.Environment["DOTNET_NOLOGO"] = "1";
        start.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        // A guard against a hung build, not a measure: the build compiles both contract projects and the module, beside the suite.
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(10));
        process.ExitCode.Should().Be(0, $"dotnet {string.Join(' ', arguments)} failed:\n{await output}\n{await error}");
    }

    private static void CopySources(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(from, file);
            if (relative.StartsWith("bin" + Path.DirectorySeparatorChar) || relative.StartsWith("obj" + Path.DirectorySeparatorChar))
            {
                continue;
            }

            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(to, relative))!);
            File.Copy(file, Path.Combine(to, relative));
        }
    }

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Platform.sln")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName ?? throw new InvalidOperationException("Platform.sln not found.");
    }

    public void Dispose()
    {
        _database.Dispose();
        try
        {
            Directory.Delete(_work, recursive: true);
        }
        catch (IOException)
        {
            // A build server may still hold a file; the temp folder is the system's to clean.
        }
    }
}
