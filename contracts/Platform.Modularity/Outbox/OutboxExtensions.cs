using System.Text.Json;
using MediatR;
using Platform.Modularity.Data;

namespace Platform.Modularity.Outbox;

/// <summary>Writes a notification or a command into a module's outbox, to be committed with the change it announces.</summary>
internal static class OutboxExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <paramref name="message"/> to the context's outbox; it is saved by the same
    /// <c>SaveChangesAsync</c> as the change and delivered after commit. <paramref name="messageKey"/>
    /// (source module + source id + what happened) makes a second enqueue of the same event a conflict, not a duplicate.
    /// A notification (<see cref="INotification"/>) is published to whoever listens, possibly no one; a command
    /// (<see cref="IRequest"/>, such as a ledger credit) waits in the outbox until a module that handles it is installed.
    /// Internal to the SDK: modules enqueue through <see cref="Records.RecordMessages"/>, which derives every key from
    /// the record's <see cref="Records.RecordSource"/>, so no module writes a key by hand and two never collide.
    /// </summary>
    internal static void Enqueue(this IModuleDb db, string messageKey, object message, TimeProvider clock)
    {
        var type = message.GetType();
        if (message is not INotification and not IBaseRequest)
        {
            throw new ArgumentException($"{type.Name} is neither a MediatR notification nor a request.", nameof(message));
        }

        db.OutboxMessages.Add(OutboxMessage.Create(
            messageKey,
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(message, type, Json),
            clock.GetUtcNow().UtcDateTime));
    }
}
