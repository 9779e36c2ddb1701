using System.Collections.Concurrent;
using MediatR;

namespace Platform.Contracts.Notifications;

/// <summary>
/// "What is due for each worker on this day": published to every enabled module before the daily digest is sent.
/// A module that keeps work falling due (follow-ups, monthly visits …) handles it and <see cref="Add"/>s one
/// <see cref="DueItem"/> per piece of work due on <see cref="Day"/> or overdue — or, for work owed within a period such as
/// a monthly visit, not done yet and due by the period's end — for all workers at once —
/// so a module added later joins the digest without any change to the digest. Handlers must not query per worker.
/// </summary>
public sealed class GatherDueItems(DateOnly day, string? workerId = null) : INotification
{
    private readonly ConcurrentQueue<DueItem> _items = new();

    /// <summary>The day (Asia/Shanghai) the digest is for.</summary>
    public DateOnly Day { get; } = day;

    /// <summary>Only this worker's items (a worker's 今日待办 page); null for every worker (the digest).</summary>
    public string? WorkerId { get; } = workerId;

    /// <summary>Everything added so far.</summary>
    public IReadOnlyCollection<DueItem> Items => _items;

    /// <summary>Adds a piece of work due on or before <see cref="Day"/>, or owed within the current period.</summary>
    public void Add(DueItem item) => _items.Enqueue(item);
}

/// <summary>
/// One piece of work due: whose it is, which module and kind (探访跟进, 个案追踪 …), what (a client's name and a few
/// words, no ID numbers), the day it fell (or falls) due, and the page to do it on.
/// </summary>
public sealed record DueItem(string WorkerId, string Module, string Kind, string Title, DateOnly DueOn, string? Link);
