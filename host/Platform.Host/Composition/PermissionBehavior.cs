using System.Reflection;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;

namespace Platform.Host.Composition;

/// <summary>
/// Enforces each request's <see cref="RequiresAttribute"/> before validation and the handler: the permission, then the
/// owner rule on the record it names. The one place where roles decide, for API calls, page handlers and jobs alike.
/// A request that declares nothing is refused (the architecture test finds it first).
/// </summary>
internal sealed class PermissionBehavior<TRequest, TResponse>(ICurrentUser user, PermissionMap permissions, IServiceProvider services)
    : IPipelineBehavior<TRequest, TResponse>
{
    private static readonly RequiresAttribute? Declared = typeof(TRequest).GetCustomAttribute<RequiresAttribute>();

    private static readonly MethodInfo Find = typeof(PermissionBehavior<TRequest, TResponse>).GetMethod(nameof(FindAsync), BindingFlags.NonPublic | BindingFlags.Static)!;

    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        var declared = Declared ?? throw new InvalidOperationException($"{typeof(TRequest).FullName} declares no [Requires]: every request names the permission it needs.");
        if (!permissions.Allows(user, declared.Permission))
        {
            throw new ForbiddenException(permissions.Refusal(user, declared.Permission));
        }

        // An empty id names a record about to be created: there is no owner yet.
        if (declared.Owner != Ownership.Any && !user.IsSystem && ((IAboutRecord)request!).RecordId is { Length: > 0 } id)
        {
            var recordType = declared.Record!;
            // The record's module answers; only its context is leased, and only for a request with an owner rule.
            var lookup = services.GetServices<IRecordLookup>().FirstOrDefault(l => l.Holds(recordType))
                ?? throw new InvalidOperationException($"No module database holds {recordType.Name}.");
            var record = await (Task<IOwnedRecord?>)Find.MakeGenericMethod(recordType).Invoke(null, [lookup, id, cancellationToken])!
                ?? throw new NotFoundException("找不到这条记录，或您无权查看。");
            if (declared.Owner == Ownership.Worker ? record.WorkerId != user.UserId : !user.MayActFor(record.WorkerId))
            {
                throw new ForbiddenException(declared.Owner == Ownership.Worker ? "只有登记的社工本人可以这样做。" : "只有负责的社工或项目主管可以处理这条记录（负责的社工即登记人或转交后的接手人）。");
            }
        }

        return await next();
    }

    private static Task<IOwnedRecord?> FindAsync<TRecord>(IRecordLookup lookup, string id, CancellationToken cancellationToken) where TRecord : class, IOwnedRecord =>
        lookup.FindAsync<TRecord>(id, cancellationToken);
}
