namespace Platform.Modularity.Outbox;

/// <summary>
/// The name this host instance claims outbox messages under: <c>Platform:InstanceName</c>, or the machine's name.
/// Two instances on one machine (or two containers given one host name) must be given names of their own.
/// </summary>
public sealed record OutboxInstance(string Name);
