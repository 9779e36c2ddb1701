namespace Platform.Contracts.Identity;

/// <summary>
/// What a request needs before its handler runs: a permission code (a module's, or one of <see cref="Access"/>)
/// and, for a request about one record, who of the permission's holders may act on it. The host's pipeline
/// checks it once for API calls, page handlers and jobs alike; handlers hold no role checks.
/// </summary>
[AttributeUsage(AttributeTargets.Class, Inherited = false)]
public sealed class RequiresAttribute(string permission) : Attribute
{
    /// <summary>The permission code the caller must hold.</summary>
    public string Permission { get; } = permission;

    /// <summary>Who of the holders may act on the record the request names through <c>IAboutRecord</c>.</summary>
    public Ownership Owner { get; init; }

    /// <summary>The type of that record (a module's own, so it may be internal); required with <see cref="Owner"/>.</summary>
    public Type? Record { get; init; }
}

/// <summary>The permissions every module may name besides its own.</summary>
public static class Access
{
    /// <summary>Anyone, even before signing in (a log-in, an audit entry of a refused log-in).</summary>
    public const string Anyone = "anyone";

    /// <summary>Any signed-in caller; what they see is then limited to their station by the data scope.</summary>
    public const string SignedIn = "signed-in";

    /// <summary>Only the platform itself: outbox delivery, scheduled jobs, start-up and the command line.</summary>
    public const string System = "system";
}

/// <summary>Who of a permission's holders may act on one record.</summary>
public enum Ownership
{
    /// <summary>Any holder who may see the record.</summary>
    Any,

    /// <summary>Only the worker the record belongs to (adding photos to one's own visit).</summary>
    Worker,

    /// <summary>The worker the record belongs to (who recorded it, or to whom it was handed over), a project lead or the administrator.</summary>
    WorkerOrLead,
}
