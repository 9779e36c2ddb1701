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

    /// <summary>What changed, field by field (old → new), when the handler recorded it; read when the change is saved.</summary>
    string? AuditDetail => null;

    /// <summary>Whether this run is audited at all: a search is when it names one person (a full ID number), not otherwise.</summary>
    bool IsAudited => true;
}

/// <summary>Writes one entry to the platform's audit log (kept by the Staff module).</summary>
[Requires(Access.Anyone)]
public sealed record WriteAuditEntry(AuditEntry Entry) : IRequest<Unit>;

/// <summary>One audited action; <see cref="EntryId"/> makes a second delivery of the same entry a no-op.</summary>
public sealed record AuditEntry(
    DateTimeOffset At,
    string? UserId,
    string? UserName,
    string Action,
    string? Target,
    AuditOutcome Outcome,
    string? Detail,
    string? RemoteAddress,
    string? EntryId = null);

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
