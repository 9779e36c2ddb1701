using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;

namespace Platform.Host.Composition;

/// <summary>
/// Writes every <see cref="IAudited"/> request to the audit log: done, denied (role or station) or refused
/// (bad input, business rule). Other requests pass straight through.
/// </summary>
internal sealed class AuditBehavior<TRequest, TResponse>(IMediator mediator, ICurrentUser user, TimeProvider clock, IHttpContextAccessor http)
    : IPipelineBehavior<TRequest, TResponse>
{
    public async Task<TResponse> Handle(TRequest request, CancellationToken cancellationToken, RequestHandlerDelegate<TResponse> next)
    {
        if (request is not IAudited audited)
        {
            return await next();
        }

        try
        {
            var response = await next();
            await WriteAsync(audited, AuditOutcome.Succeeded, audited.AuditTarget ?? (response is string or int or long or Guid ? response.ToString() : null), audited.AuditDetail);
            return response;
        }
        catch (Exception ex) when (ex is ForbiddenException or NotFoundException)
        {
            await WriteAsync(audited, AuditOutcome.Denied, audited.AuditTarget, ex.Message);
            throw;
        }
        catch (Exception ex) when (ex is BusinessRuleException or InputValidationException)
        {
            await WriteAsync(audited, AuditOutcome.Refused, audited.AuditTarget, ex is InputValidationException invalid ? string.Join(" ", invalid.Errors.SelectMany(e => e.Value)) : ex.Message);
            throw;
        }
    }

    private Task WriteAsync(IAudited audited, AuditOutcome outcome, string? target, string? detail) =>
        mediator.Send(new WriteAuditEntry(new AuditEntry(
            clock.GetUtcNow(),
            user.UserId,
            user.IsSystem ? "system" : user.UserName,
            audited.AuditAction,
            target,
            outcome,
            detail,
            http.HttpContext?.Connection.RemoteIpAddress?.ToString())));
}
