using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Platform.Modularity.Jobs;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>
/// How long the audit log is kept: <c>Platform:Modules:staff:AuditRetentionDays</c>, 365 by default. The law asks for
/// at least six months (网络安全法 第21条: network logs kept no less than six months), so less than 183 days stops the start.
/// </summary>
internal sealed record AuditRetention(int Days)
{
    public const int Default = 365;

    public const int Least = 183;

    public static AuditRetention From(IConfiguration module)
    {
        var days = module.GetValue("AuditRetentionDays", Default);
        return days >= Least
            ? new AuditRetention(days)
            : throw new InvalidOperationException($"配置 Platform:Modules:staff:AuditRetentionDays = {days} 不可用：审计日志至少保存 {Least} 天（网络安全法第二十一条，不少于六个月）。");
    }
}

/// <summary>Daily: removes audit entries older than the retention period, and says how many.</summary>
internal sealed class AuditRetentionJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var retention = services.GetRequiredService<AuditRetention>();
        var cutoff = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime.AddDays(-retention.Days);
        var removed = await services.GetRequiredService<StaffDb>().AuditRecords.Where(a => a.At < cutoff).ExecuteDeleteAsync(cancellationToken);
        return $"删除 {removed} 条超过 {retention.Days} 天保存期限的审计记录";
    }
}
