namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Whether the archive has been completed (and credited), and what it lacks now.</summary>
public sealed record ArchiveProgress(bool Completed, IReadOnlyList<string> Missing);
