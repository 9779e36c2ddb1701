using System.Diagnostics;
using MediatR;
using Platform.Contracts.Identity;

namespace Platform.Host.Composition;

/// <summary>Logs every request with who sent it and how long it took; failures are logged by the error handlers.</summary>
internal sealed class LoggingBehavior<TRequest, TResponse>(ILogger<LoggingBehavior<TRequest, TResponse>> log, ICurrentUser user)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (!log.IsEnabled(LogLevel.Debug))
        {
            return await next();
        }

        var started = Stopwatch.GetTimestamp();
        var response = await next();
        log.LogDebug("{Request} by {User} in {Elapsed:0.0} ms", typeof(TRequest).Name, user.IsSystem ? "system" : user.UserName ?? "anonymous", Stopwatch.GetElapsedTime(started).TotalMilliseconds);
        return response;
    }
}
