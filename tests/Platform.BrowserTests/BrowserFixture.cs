using Microsoft.Playwright;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Data;

namespace Platform.BrowserTests;

/// <summary>The platform on a real Kestrel port with the demo district, and Debian's Chromium driven by Playwright.</summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string Chromium = "/usr/bin/chromium";

    private PlatformDatabase _database = null!;
    private PlatformFactory _factory = null!;
    private IPlaywright _playwright = null!;

    public IBrowser Browser { get; private set; } = null!;

    public Uri BaseAddress { get; private set; } = null!;

    public string ScreenshotDirectory { get; } = Path.Combine(AppContext.BaseDirectory, "screenshots");

    public async Task InitializeAsync()
    {
        _database = await PlatformDatabase.DemoDistrictAsync(DatabaseProvider.Sqlite);
        _factory = new PlatformFactory(_database);
        _factory.UseKestrel(0);
        _factory.StartServer();
        BaseAddress = _factory.ClientOptions.BaseAddress;
        Directory.CreateDirectory(ScreenshotDirectory);

        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = Chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
        });
    }

    /// <summary>A fresh browser context the size of a phone (portrait), in Chinese.</summary>
    public Task<IBrowserContext> PhoneAsync() => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = 390, Height = 844 },
        IsMobile = true,
        HasTouch = true,
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
    });

    /// <summary>A fresh browser context the size of an office desktop screen, in Chinese.</summary>
    public Task<IBrowserContext> DesktopAsync(int width = 1366, int height = 900) => Browser.NewContextAsync(new BrowserNewContextOptions
    {
        BaseURL = BaseAddress.ToString(),
        ViewportSize = new ViewportSize { Width = width, Height = height },
        Locale = "zh-CN",
        TimezoneId = "Asia/Shanghai",
    });

    /// <summary>Logs in on the log-in page as a person would and waits for the dashboard.</summary>
    public static async Task LogInAsync(IPage page, string userName, string password = "Demo@12345")
    {
        await page.GotoAsync("/account/login");
        await page.GetByLabel("用户名").FillAsync(userName);
        await page.GetByLabel("密码").FillAsync(password);
        await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await page.GetByRole(AriaRole.Heading, new() { Name = "工作台" }).WaitForAsync();
    }

    /// <summary>Slides the phone's menu (the sidebar, #main-menu) in from the top bar once the page's scripts are ready, and waits until it has opened.</summary>
    public static async Task OpenMenuAsync(IPage page)
    {
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        await page.Locator(".topbar button[data-bs-target='#main-menu']").ClickAsync();
        await page.Locator("#main-menu.show").WaitForAsync();
    }

    public async Task DisposeAsync()
    {
        await Browser.DisposeAsync();
        _playwright.Dispose();
        await _factory.DisposeAsync();
        _database.Dispose();
    }
}
