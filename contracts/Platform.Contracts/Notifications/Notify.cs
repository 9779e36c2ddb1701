using Platform.Contracts.Identity;
using MediatR;

namespace Platform.Contracts.Notifications;

/// <summary>
/// Tells one person something: into their in-app inbox and, where they chose it, by e-mail. <see cref="DedupeKey"/>
/// names the occasion (e.g. <c>staff:certificate:{worker}:{deadline}:d30</c>): a notice with a key already delivered is
/// dropped, so a job that runs twice, or a message redelivered from an outbox, tells nobody twice.
/// Sent directly by jobs (the key makes a rerun harmless) or through a module's outbox with the change it announces.
/// </summary>
[Requires(Access.System)]
public sealed record Notify(string RecipientId, string Kind, string Text, string? Link, string DedupeKey) : IRequest;

/// <summary>Many notices at once (a reminder job's run): one transaction, each dropped when its key was delivered before.</summary>
[Requires(Access.System)]
public sealed record NotifyMany(IReadOnlyList<Notify> Notices) : IRequest<int>;

/// <summary>The kinds of notice, shown as a label in the inbox; modules may use their own.</summary>
public static class NoticeKinds
{
    /// <summary>A certificate deadline.</summary>
    public const string Certificate = "证书";
    /// <summary>A supervision shortfall.</summary>
    public const string Supervision = "督导";
    /// <summary>Training behind pace.</summary>
    public const string Training = "培训";
    /// <summary>The daily digest of work due.</summary>
    public const string Digest = "今日待办";
    /// <summary>Something that cannot wait (a child in danger, an elder's emergency).</summary>
    public const string Urgent = "紧急";
}

/// <summary>
/// Tells everyone active in a role now (every project lead of a child found in danger): one notice each, keyed
/// <c>{DedupeKey}:{person}</c>, so a redelivery tells nobody twice. Sent through the module's outbox with the record.
/// </summary>
[Requires(Access.System)]
public sealed record NotifyRole(string Role, string Kind, string Text, string? Link, string DedupeKey) : IRequest<int>;
