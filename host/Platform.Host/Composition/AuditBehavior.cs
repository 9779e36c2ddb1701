using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Auditing;

namespace Platform.Host.Composition;

/// <summary>
/// Writes every <see cref="IAudited"/> request to the audit log: done, denied (role or station) or refused
/// (bad input, business rule). A request that changes something has its entry committed with the change, through
/// the changing module's outbox (<see cref="AuditTrail"/>); one that changes nothing, or is refused, is written here.
/// Other requests pass straight through.
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(IMediator mediator, ICurrentUser user, TimeProvider clock, IHttpContextAccessor http, AuditTrail trail)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAudited { IsAudited: true } audited)
        {
            return await next();
        }

        var id = Guid.NewGuid().ToString("N");
        var at = clock.GetUtcNow();
        var userName = user.IsSystem ? "system" : user.UserName;
        var address = http.HttpContext?.Connection.RemoteIpAddress?.ToString();
        AuditEntry Entry(AuditOutcome outcome, string? target, string? detail) =>
            new(at, user.UserId, userName, audited.AuditAction, target, outcome, detail, address, id);

        var begun = trail.Begin(audited, (target, detail) => Entry(AuditOutcome.Succeeded, target, detail));
        try
        {
            var response = await next();
            if (!begun.Saved)
            {
                begun.Close();
                await WriteAsync(Entry(AuditOutcome.Succeeded, audited.AuditTarget ?? (response is string or int or long or Guid ? response.ToString() : null), audited.AuditDetail));
            }

            return response;
        }
        catch (Exception ex) when (ex is ForbiddenException or NotFoundException && !begun.Saved)
        {
            begun.Close();
            await WriteAsync(Entry(AuditOutcome.Denied, audited.AuditTarget, ex.Message));
            throw;
        }
        catch (Exception ex) when (ex is BusinessRuleException or InputValidationException && !begun.Saved)
        {
            begun.Close();
            await WriteAsync(Entry(AuditOutcome.Refused, audited.AuditTarget, ex is InputValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : ex.Message));
            throw;
        }
    }

    private Task WriteAsync(AuditEntry entry) => mediator.Send(new WriteAuditEntry(entry));
}
