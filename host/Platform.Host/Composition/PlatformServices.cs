using System.Text.Encodings.Web;
using System.Text.Unicode;
using Autofac;
using Autofac.Extensions.DependencyInjection;
using Microsoft.AspNetCore.Localization;
using Microsoft.Extensions.WebEncoders;
using Platform.Contracts.Identity;
using Platform.Host.Auth;
using Platform.Host.Data;
using Platform.Host.Jobs;
using Platform.Host.Modules;
using Platform.Host.Web;
using Platform.Modularity;
using Platform.Modularity.Data;
using Platform.Modularity.Outbox;
using Platform.Modularity.Records;

namespace Platform.Host.Composition;

/// <summary>The composition root: everything the host registers, and each enabled module's registrations.</summary>
internal static class PlatformServices
{
    public static ModuleCatalog AddPlatform(this WebApplicationBuilder builder)
    {
        var configuration = builder.Configuration;
        // The module list is logged before the host's own logging exists; it obeys the same Logging section.
        using var loggerFactory = LoggerFactory.Create(l => l.AddConfiguration(configuration.GetSection("Logging")).AddConsole());
        var catalog = ModuleCatalog.Load(configuration, loggerFactory.CreateLogger("Platform.Modules"));
        var database = DatabaseSettings.Read(configuration, builder.Environment);
        var services = builder.Services;

        services.AddSingleton(catalog);
        services.AddSingleton<PermissionMap>();
        services.AddSingleton(database);
        services.AddSingleton(new ModuleAssemblies(catalog.Enabled.Select(m => m.Assembly).Distinct().ToList(), catalog.Enabled.Select(m => m.Module.Key).ToList()));
        services.AddSingleton(new RecordKindNames(
            catalog.All.SelectMany(m => m.Module.RecordKinds.Select(k => (Key: $"{m.Key}:{k.Kind}", k.Title))).ToDictionary(k => k.Key, k => k.Title, StringComparer.Ordinal)));
        services.AddSingleton(TimeProvider.System);
        services.AddSingleton<Platform.Modularity.Files.IUploadStore, Files.DiskUploadStore>();
        services.AddSingleton<OutboxSignal>();
        services.AddSingleton(new OutboxInstance(configuration["Platform:InstanceName"] is { Length: > 0 } name ? name : Environment.MachineName));
        services.AddSingleton<OutboxDispatcher>();
        services.AddHttpContextAccessor();
        services.AddScoped<CurrentUserAccessor>();
        services.AddScoped<Platform.Modularity.Auditing.AuditTrail>();
        services.AddScoped<ICurrentUserAccessor>(sp => sp.GetRequiredService<CurrentUserAccessor>());
        services.AddScoped<ICurrentUser>(sp => sp.GetRequiredService<CurrentUserAccessor>());

        // Startup work runs first among hosted services: migrations and demo data before jobs and requests.
        services.AddHostedService<PlatformStartup>();
        services.AddHostedService<OutboxPump>();

        foreach (var module in catalog.Enabled)
        {
            services.AddModuleConventions(module.Assembly);
            module.Module.ConfigureServices(services, new ModuleContext(module.Key, configuration.GetSection($"Platform:Modules:{module.Key}"), database));
        }

        services.AddPlatformAuth(catalog);
        services.AddPlatformJobs(configuration, database, catalog);
        services.AddPlatformWeb(catalog);
        services.AddHealthChecks().AddCheck<ModuleDatabasesHealthCheck>("databases");
        // An enum takes its names, never a number: "kind": 99 (or "99") is a 400 naming the field, not a stored 99.
        services.ConfigureHttpJsonOptions(o => o.SerializerOptions.Converters.Add(
            new System.Text.Json.Serialization.JsonStringEnumConverter(System.Text.Json.JsonNamingPolicy.CamelCase, allowIntegerValues: false)));
        services.AddHsts(o => o.MaxAge = TimeSpan.FromDays(365));
        services.AddOpenApi();
        services.AddProblemDetails(o => o.CustomizeProblemDetails = ProblemTitles.InChinese);
        services.AddExceptionHandler<ProblemExceptionHandler>();
        // Unreadable bodies and parameters reach the handler above (with the field) instead of a bare 400.
        services.Configure<Microsoft.AspNetCore.Routing.RouteHandlerOptions>(options => options.ThrowOnBadRequest = true);
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddLocalization();
        services.Configure<RequestLocalizationOptions>(o =>
        {
            o.SetDefaultCulture("zh-CN").AddSupportedCultures("zh-CN").AddSupportedUICultures("zh-CN");
            o.RequestCultureProviders = [new AcceptLanguageHeaderRequestCultureProvider()];
        });

        builder.Host.UseServiceProviderFactory(new AutofacServiceProviderFactory(container => container.RegisterMediator(catalog)));
        return catalog;
    }
}
