using System.Text.Json;
using MediatR;
using Platform.Modularity.Data;

namespace Platform.Modularity.Outbox;

/// <summary>Writes a notification into a module's outbox, to be committed with the change it announces.</summary>
public static class OutboxExtensions
{
    internal static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>
    /// Adds <paramref name="notification"/> to the context's outbox; it is saved by the same
    /// <c>SaveChangesAsync</c> as the change and delivered after commit. <paramref name="messageKey"/>
    /// (source module + source id + what happened) makes a second enqueue of the same event a conflict, not a duplicate.
    /// </summary>
    public static void Enqueue<TNotification>(this IModuleDb db, string messageKey, TNotification notification, TimeProvider clock)
        where TNotification : INotification
    {
        var type = notification.GetType();
        db.OutboxMessages.Add(OutboxMessage.Create(
            messageKey,
            $"{type.FullName}, {type.Assembly.GetName().Name}",
            JsonSerializer.Serialize(notification, type, Json),
            clock.GetUtcNow().UtcDateTime));
    }
}
