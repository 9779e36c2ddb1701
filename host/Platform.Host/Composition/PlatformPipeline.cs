using Platform.Host.Auth;
using Platform.Host.Modules;
using Platform.Host.Web;

namespace Platform.Host.Composition;

/// <summary>The request pipeline and the platform's own endpoints; each enabled module adds its API under its key.</summary>
internal static class PlatformPipeline
{
    public static void UsePlatform(this WebApplication app, ModuleCatalog catalog)
    {
        static bool IsApi(HttpContext context) => context.Request.Path.StartsWithSegments("/api");

        app.UseSecurityHeaders();
        app.UseWhen(IsApi, api => api.UseStatusCodePages());
        app.UseWhen(context => !IsApi(context), pages => pages.UseStatusCodePagesWithReExecute("/error/{0}"));
        app.UseExceptionHandler("/error/500");
        app.UseRequestLocalization();
        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.Use(SessionValidation.EndSessionsAsync);
        app.UseAuthorization();
        app.Use(LoginLimits.ReadAccountNameAsync);
        app.UseRateLimiter();

        app.MapHealthChecks("/health").AllowAnonymous();
        app.MapOpenApi().AllowAnonymous();

        var api = app.MapGroup("/api/v1");
        api.MapTokenEndpoint();
        api.MapGet("/modules", () => catalog.Enabled.Select(m => new ModuleInfo(m.Key, m.Module.Name, Version(m))))
            .RequireAuthorization()
            .WithTags("platform");
        api.MapClientPicker();
        foreach (var module in catalog.Enabled)
        {
            module.Module.MapApi(api.MapGroup("/" + module.Key).RequireAuthorization().WithTags(module.Key));
        }

        app.MapRazorPages();
    }

    private static string Version(LoadedModule module) =>
        module.Assembly.GetName().Version?.ToString(3) ?? "0.0.0";

    /// <summary>An enabled module as <c>GET /api/v1/modules</c> lists it.</summary>
    public sealed record ModuleInfo(string Key, string Name, string Version);
}
