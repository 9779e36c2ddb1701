namespace Platform.Host.Cli;

/// <summary>
/// A refusal the operator can act on: one Chinese sentence, which a command-line verb prints on stderr before it
/// exits with code 1 (the demo-account guard, a non-empty target folder, a checksum that does not match).
/// </summary>
internal sealed class Refusal(string message) : InvalidOperationException(message);
