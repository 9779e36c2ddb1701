namespace Platform.Modularity;

/// <summary>A module's part of the demo district, seeded once with <c>--demo</c> or in Development.</summary>
public interface IDemoData
{
    /// <summary>Modules seed in ascending order (stations and accounts before clients).</summary>
    int Order { get; }

    /// <summary>Whether this module's demo data is in the database (Production refuses to start then).</summary>
    Task<bool> IsPresentAsync(CancellationToken cancellationToken);

    /// <summary>Seeds the demo data; called only when <see cref="IsPresentAsync"/> is false.</summary>
    Task SeedAsync(CancellationToken cancellationToken);
}
