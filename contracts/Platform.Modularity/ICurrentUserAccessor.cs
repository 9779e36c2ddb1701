using Platform.Contracts.Identity;

namespace Platform.Modularity;

/// <summary>
/// The scoped source of <see cref="ICurrentUser"/>: the signed-in person of a request, or the
/// platform itself inside a background job that called <see cref="RunAsSystem"/>.
/// </summary>
public interface ICurrentUserAccessor
{
    /// <summary>The caller of this scope.</summary>
    ICurrentUser Current { get; }

    /// <summary>Makes this scope act as the platform (jobs, outbox delivery).</summary>
    void RunAsSystem();
}
