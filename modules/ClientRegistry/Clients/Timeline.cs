using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Modularity.Data;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Modularity;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The client's timeline: the registry's own events and what other modules record for the client, newest first.</summary>
internal static class Timeline
{
    /// <summary>Adds one of the registry's own events (registered, archive completed, transferred, archived).</summary>
    public static void Add(RegistryDb db, string clientId, string what, DateTime at, string title, string? summary = null) =>
        db.Timeline.Add(new TimelineEntry(clientId, "registry", $"{what}:{Guid.NewGuid():N}", at, title, summary, null));
}

/// <summary>Stores what modules send about their records; the same source and client replace the earlier entry.</summary>
internal sealed class TimelineHandlers(RegistryDb db) : IRequestHandler<RecordTimelineEntry, Unit>, IRequestHandler<RemoveTimelineEntries, Unit>
{
    public async Task<Unit> Handle(RecordTimelineEntry request, CancellationToken cancellationToken)
    {
        if (!await db.Clients.IgnoreQueryFilters().AnyAsync(c => c.Id == request.ClientId, cancellationToken))
        {
            // Deleted meanwhile by the administrator: nothing to hang the entry on.
            return Unit.Value;
        }

        var at = request.At.UtcDateTime;
        var entry = await db.Timeline.FirstOrDefaultAsync(
            t => t.SourceModule == request.SourceModule && t.SourceId == request.SourceId && t.ClientId == request.ClientId,
            cancellationToken);
        if (entry is null)
        {
            db.Timeline.Add(new TimelineEntry(request.ClientId, request.SourceModule, request.SourceId, at, request.Title, request.Summary, request.Link));
        }
        else
        {
            entry.Set(at, request.Title, request.Summary, request.Link);
        }

        await db.SaveChangesAsync(cancellationToken);
        return Unit.Value;
    }

    public async Task<Unit> Handle(RemoveTimelineEntries request, CancellationToken cancellationToken)
    {
        await db.Timeline.Where(t => t.SourceModule == request.SourceModule && t.SourceId == request.SourceId).ExecuteDeleteAsync(cancellationToken);
        return Unit.Value;
    }
}

/// <summary>A page of a client's timeline, newest first; another station's client answers as not found.</summary>
[Requires(RegistryPermissions.View)]
internal sealed record GetClientTimeline(string ClientId, int Page = 1, int PageSize = 30) : IRequest<Paged<TimelineItem>>
{
    internal sealed class Handler(RegistryDb db, ModuleAssemblies modules) : IRequestHandler<GetClientTimeline, Paged<TimelineItem>>
    {
        public async Task<Paged<TimelineItem>> Handle(GetClientTimeline request, CancellationToken cancellationToken)
        {
            var registeredAt = await db.Clients.Where(c => c.Id == request.ClientId).Select(c => (DateTime?)c.CreatedAt).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");

            var size = Math.Clamp(request.PageSize, 1, 100);
            var page = Math.Max(1, request.Page);

            // A module that was switched off leaves no trace here either.
            var enabled = modules.EnabledKeys.ToList();
            var entries = db.Timeline.AsNoTracking().Where(t => t.ClientId == request.ClientId && enabled.Contains(t.SourceModule));
            var stored = await entries.CountAsync(cancellationToken);
            var items = await entries.OrderByDescending(t => t.At).ThenByDescending(t => t.Id)
                .Skip(Paging.Offset(page, size)).Take(size)
                .Select(t => new TimelineItem(t.SourceModule, t.At, t.Title, t.Summary, t.Link))
                .ToListAsync(cancellationToken);

            // Registration is the first event of every archive: it is read from the archive, not stored twice.
            if (items.Count < size && Paging.Offset(page, size) <= stored)
            {
                items.Add(new TimelineItem("registry", registeredAt, "登记建档", null, null));
            }

            return new Paged<TimelineItem>(
                items.Select(i => i with { At = DateTime.SpecifyKind(i.At, DateTimeKind.Utc) }).ToList(),
                stored + 1,
                page,
                size);
        }
    }
}

/// <summary>One entry of a timeline: the module that recorded it, when, what, and where the record is.</summary>
public sealed record TimelineItem(string Module, DateTime At, string Title, string? Summary, string? Link);
