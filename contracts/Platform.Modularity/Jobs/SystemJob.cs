using Microsoft.Extensions.DependencyInjection;
using Quartz;

namespace Platform.Modularity.Jobs;

/// <summary>
/// The base of a module's scheduled job: it runs in a scope of its own acting as the platform (it sees every station),
/// and its result — a short Chinese sentence such as "发出 12 条提醒" — is kept as the job's last result for the
/// administrator's jobs page. A job must be safe to run twice for the same occasion (reminders carry a dedupe key).
/// </summary>
[DisallowConcurrentExecution]
public abstract class SystemJob(IServiceScopeFactory scopes) : IJob
{
    /// <inheritdoc />
    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
        context.Result = await RunAsync(scope.ServiceProvider, cancellationToken);
    }

    /// <summary>Does the work; returns what was done, in words.</summary>
    protected abstract Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken);
}
