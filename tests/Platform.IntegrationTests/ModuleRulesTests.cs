using System.ComponentModel.DataAnnotations;
using System.Net.Http.Json;
using Microsoft.Extensions.Configuration;
using Platform.IntegrationTests.Support;
using Platform.Modularity.Rules;

namespace Platform.IntegrationTests;

/// <summary>A module's rules are bound from its configuration once, checked at start-up, and shown with their basis.</summary>
public sealed class ModuleRulesTests : IDisposable
{
    private readonly PlatformDatabase _database = PlatformDatabase.Create(Platform.Modularity.Data.DatabaseProvider.Sqlite);

    private sealed record RuleLine(string Rule, string Value, string Basis);

    private sealed class SampleRules : IModuleRules
    {
        [Range(1, 28, ErrorMessage = "提醒日须在每月 1–28 日之间。")]
        public int ReminderDay { get; set; } = 20;

        [Required(AllowEmptyStrings = false, ErrorMessage = "请写明这条规则的依据。")]
        public string ReminderBasis { get; set; } = "项目约定";

        public IEnumerable<RuleInForce> Describe() => [new("未探视提醒", $"每月 {ReminderDay} 日", ReminderBasis)];
    }

    private static IConfiguration Section(params (string Key, string Value)[] values) =>
        new ConfigurationBuilder().AddInMemoryCollection(values.ToDictionary(v => v.Key, v => (string?)v.Value)).Build();

    [Fact]
    public void Configured_values_replace_the_defaults_and_keep_their_basis()
    {
        var rules = ModuleRulesRegistration.Bind<SampleRules>("sample", Section(("ReminderDay", "15")));
        rules.Describe().Should().Equal(new RuleInForce("未探视提醒", "每月 15 日", "项目约定"));
    }

    [Theory]
    [InlineData("ReminderDay", "40", "Platform:Modules:sample:Rules:ReminderDay：提醒日须在每月 1–28 日之间。")]
    [InlineData("ReminderBasis", "", "Platform:Modules:sample:Rules:ReminderBasis：请写明这条规则的依据。")]
    [InlineData("ReminderDay", "二十", "模块 sample 的规则配置（Platform:Modules:sample:Rules）有值无法识别")]
    public void A_bad_value_stops_start_up_naming_the_setting_in_chinese(string key, string value, string message)
    {
        var act = () => ModuleRulesRegistration.Bind<SampleRules>("sample", Section((key, value)));
        act.Should().Throw<InvalidOperationException>().Which.Message.Should().Contain(message).And.Contain("请改正配置后重新启动");
    }

    [Fact]
    public async Task The_host_does_not_start_with_a_module_rule_out_of_range()
    {
        await using var factory = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:child-welfare:Rules:ReminderDay"] = "40" });
        var act = () => factory.CreateClient();
        act.Should().Throw<Exception>().Which.ToString().Should().Contain("Platform:Modules:child-welfare:Rules:ReminderDay").And.Contain("1–28");
    }

    [Fact]
    public async Task The_rules_route_and_page_show_each_rule_with_its_basis()
    {
        await using var factory = new PlatformFactory(_database, new Dictionary<string, string?> { ["Platform:Modules:elderly:Rules:RateTargetPercent"] = "90" });
        var rules = await (await factory.ApiAsync("lead")).GetFromJsonAsync<List<RuleLine>>("/api/v1/elderly/rules");
        var rate = rules!.Single(r => r.Rule == "月探访率目标");
        rate.Value.Should().Be("90%");
        rate.Basis.Should().Contain("2022 年指导意见");

        var page = await (await factory.BrowserAsync("lead")).GetPageAsync("/elderly/elders");
        page.QuerySelector("#rules")!.TextContent.Should().Contain("90%").And.Contain("2022 年指导意见").And.Contain("Platform:Modules:elderly:Rules");
    }

    public void Dispose() => _database.Dispose();
}
