using Microsoft.AspNetCore.Mvc.ApplicationModels;
using Platform.Host.Modules;

namespace Platform.Host.Web;

/// <summary>Razor Pages from the host and from every enabled module (each module's area answers under its key).</summary>
internal static class WebSetup
{
    public static void AddPlatformWeb(this IServiceCollection services, ModuleCatalog catalog)
    {
        services.AddRouting(o => o.LowercaseUrls = true);
        var mvc = services.AddRazorPages(o =>
            {
                o.Conventions.Add(new ModuleAreaRouteConvention(catalog));
            })
            .AddMvcOptions(o =>
            {
                o.Filters.Add<BusinessRulePageFilter>();
                InChinese(o.ModelBindingMessageProvider);
            })
            .AddViewLocalization();
        foreach (var module in catalog.Enabled.Select(m => m.Assembly).Distinct())
        {
            mvc.AddApplicationPart(module);
        }

        services.AddScoped<NavigationMenu>();
        services.AddScoped<Platform.Modularity.IClientActions>(provider => provider.GetRequiredService<NavigationMenu>());
    }

    /// <summary>A form field that cannot be read ("99" for a size, "abc" for a number) is refused in Chinese, not "The value '99' is invalid."</summary>
    private static void InChinese(Microsoft.AspNetCore.Mvc.ModelBinding.Metadata.DefaultModelBindingMessageProvider messages)
    {
        messages.SetAttemptedValueIsInvalidAccessor((value, field) => $"“{value}”无法识别，请检查后重新填写。");
        messages.SetUnknownValueIsInvalidAccessor(field => "填写的值无法识别，请检查后重新填写。");
        messages.SetValueIsInvalidAccessor(value => $"“{value}”无法识别，请检查后重新填写。");
        messages.SetValueMustBeANumberAccessor(field => "请填写数字。");
        messages.SetNonPropertyAttemptedValueIsInvalidAccessor(value => $"“{value}”无法识别，请检查后重新填写。");
        messages.SetNonPropertyUnknownValueIsInvalidAccessor(() => "填写的值无法识别，请检查后重新填写。");
        messages.SetNonPropertyValueMustBeANumberAccessor(() => "请填写数字。");
        messages.SetMissingBindRequiredValueAccessor(field => "请填写这一项。");
        messages.SetMissingKeyOrValueAccessor(() => "请填写这一项。");
        messages.SetMissingRequestBodyRequiredValueAccessor(() => "请求内容为空，请填写后重试。");
        messages.SetValueMustNotBeNullAccessor(value => "请填写这一项。");
    }
}

/// <summary>
/// A module's pages live in <c>Areas/&lt;Folder&gt;/Pages</c>; their URLs start with the module key
/// (<c>Areas/ChildWelfare</c> answers under <c>/child-welfare/</c>), and so do links made with <c>asp-area</c>.
/// </summary>
internal sealed class ModuleAreaRouteConvention(ModuleCatalog catalog) : IPageRouteModelConvention
{
    public void Apply(PageRouteModel model)
    {
        if (model.AreaName is null)
        {
            return;
        }

        var module = catalog.Enabled.FirstOrDefault(m => string.Equals(Folder(m), model.AreaName, StringComparison.OrdinalIgnoreCase));
        if (module is null || string.Equals(module.Key, model.AreaName, StringComparison.OrdinalIgnoreCase))
        {
            return;
        }

        foreach (var selector in model.Selectors.Where(s => s.AttributeRouteModel?.Template is not null))
        {
            var template = selector.AttributeRouteModel!.Template!;
            if (template.StartsWith(model.AreaName, StringComparison.OrdinalIgnoreCase))
            {
                selector.AttributeRouteModel.Template = module.Key + template[model.AreaName.Length..];
            }
        }
    }

    private static string Folder(LoadedModule module) =>
        module.Assembly.GetName().Name!.Replace("Platform.Modules.", "", StringComparison.Ordinal);
}
