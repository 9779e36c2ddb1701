using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Auditing;

/// <summary>
/// A request whose every run is written to the audit log (who, when, what, on which record, and
/// whether it was allowed). The host's audit behaviour does the writing; the request only says what it is.
/// </summary>
public interface IAudited
{
    /// <summary>What was done, in Chinese, e.g. <c>修改账号</c>.</summary>
    string AuditAction { get; }

    /// <summary>The record acted on, if known before the request runs (otherwise the response, when it is an id).</summary>
    string? AuditTarget { get; }

    /// <summary>What changed, field by field (old → new), when the handler recorded it; read after the request ran.</summary>
    string? AuditDetail => null;
}

/// <summary>Writes one entry to the platform's audit log (kept by the Staff module).</summary>
[Requires(Access.Anyone)]
public sealed record WriteAuditEntry(AuditEntry Entry) : IRequest<Unit>;

/// <summary>One audited action.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string? UserId,
    string? UserName,
    string Action,
    string? Target,
    AuditOutcome Outcome,
    string? Detail,
    string? RemoteAddress);

/// <summary>How an audited action ended.</summary>
public enum AuditOutcome
{
    /// <summary>Done.</summary>
    Succeeded,
    /// <summary>Refused for the caller's role or station.</summary>
    Denied,
    /// <summary>Refused for bad input or a business rule.</summary>
    Refused,
}
