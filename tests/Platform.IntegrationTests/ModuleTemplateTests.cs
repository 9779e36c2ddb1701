using System.Diagnostics;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.IntegrationTests;

/// <summary>
/// <c>dotnet new platform-module</c> (templates/module) makes a module that builds on its own against the platform's
/// contracts, is loaded by the host from its folder, migrates its database and shows its empty page.
/// </summary>
public sealed class ModuleTemplateTests : IDisposable
{
    private static readonly string Root = FindRoot();
    private readonly string _work = Directory.CreateTempSubdirectory("platform-template-").FullName;
    private readonly PlatformDatabase _database = PlatformDatabase.Create(DatabaseProvider.Sqlite);

    [Fact]
    public async Task A_module_made_by_the_template_builds_loads_migrates_and_shows_an_empty_page()
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
        var worker = await host.ApiAsync("worker01");
        (await worker.GetFromJsonAsync<JsonElement[]>("/api/v1/modules"))!.Should().Contain(m => m.GetProperty("key").GetString() == "garden" && m.GetProperty("name").GetString() == "菜园");
        var browser = await host.BrowserAsync("worker01");
        var page = await browser.GetPageAsync("/garden");
        page.QuerySelector("h1")!.TextContent.Should().Be("菜园");
        page.QuerySelector("#notes")!.TextContent.Should().Contain("还没有记录。");
        page.QuerySelectorAll("#main-menu a.nav-link").Select(a => a.TextContent.Trim()).Should().Contain("菜园");

        (await worker.PostAsJsonAsync("/api/v1/garden/notes", new { text = "新模块的第一条记录" })).StatusCode.Should().Be(HttpStatusCode.Created);
        (await worker.GetFromJsonAsync<JsonElement>("/api/v1/garden/notes")).EnumerateArray().Should().ContainSingle(n => n.GetProperty("text").GetString() == "新模块的第一条记录");
        (await (await host.ApiAsync("worker03")).GetFromJsonAsync<JsonElement>("/api/v1/garden/notes")).GetArrayLength().Should().Be(0, "another station's worker sees none");
        (await (await host.ApiAsync("bureau")).PostAsJsonAsync("/api/v1/garden/notes", new { text = "只读" })).StatusCode.Should().Be(HttpStatusCode.Forbidden);
        File.Exists(Path.Combine(_database.Settings["Platform:Database:DataDirectory"]!, "garden.db")).Should().BeTrue("the module migrated a database of its own");
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
        await process.WaitForExitAsync().WaitAsync(TimeSpan.FromMinutes(5));
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
