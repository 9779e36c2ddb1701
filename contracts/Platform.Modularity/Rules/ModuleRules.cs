using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Platform.Modularity.Rules;

/// <summary>One rule as it is in force: what it asks, and the law, standard or contract clause it rests on.</summary>
public sealed record RuleInForce(string Rule, string Value, string Basis);

/// <summary>A module's rules, each with its basis, as the rules page and the <c>/rules</c> route show them.</summary>
public interface IModuleRules
{
    /// <summary>The rules in force, in the order the page lists them.</summary>
    IEnumerable<RuleInForce> Describe();
}

/// <summary>A module's rules and its key, for the shared rules table (<c>_RulesInForce</c>).</summary>
public sealed record RulesInForce(string ModuleKey, IModuleRules Rules);

/// <summary>Binds a module's rules from its configuration once, checked at start-up.</summary>
public static class ModuleRulesRegistration
{
    /// <summary>
    /// Registers <typeparamref name="TRules"/> as a singleton: its defaults, overridden by
    /// <c>Platform:Modules:&lt;key&gt;:Rules</c>. A value that does not convert or breaks one of the class's
    /// validation attributes stops start-up with a Chinese message naming the setting, rather than letting a
    /// reminder fire on day 40 or a visit be owed never.
    /// </summary>
    public static TRules AddModuleRules<TRules>(this IServiceCollection services, ModuleContext context)
        where TRules : class, IModuleRules, new()
    {
        var rules = Bind<TRules>(context.Key, context.Configuration.GetSection("Rules"));
        services.AddSingleton(rules);
        return rules;
    }

    /// <summary>The rules bound from <paramref name="section"/> and validated (see <see cref="AddModuleRules{TRules}"/>).</summary>
    public static TRules Bind<TRules>(string moduleKey, IConfiguration section)
        where TRules : class, IModuleRules, new()
    {
        var setting = $"Platform:Modules:{moduleKey}:Rules";
        var rules = new TRules();
        try
        {
            section.Bind(rules);
        }
        catch (InvalidOperationException e)
        {
            throw new InvalidOperationException($"模块 {moduleKey} 的规则配置（{setting}）有值无法识别：{e.Message} 请改正配置后重新启动。", e);
        }

        var errors = new List<ValidationResult>();
        if (!Validator.TryValidateObject(rules, new ValidationContext(rules), errors, validateAllProperties: true))
        {
            var list = string.Join("；", errors.Select(e => $"{string.Join("、", e.MemberNames.Select(m => $"{setting}:{m}"))}：{e.ErrorMessage}"));
            throw new InvalidOperationException($"模块 {moduleKey} 的规则配置有误：{list}。请改正配置后重新启动。");
        }

        return rules;
    }
}
