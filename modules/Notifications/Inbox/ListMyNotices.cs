using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Notifications.Data;
using Platform.Modules.Notifications.Domain;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>The caller's own notices, newest first; nobody reads another person's inbox.</summary>
[Requires(Access.SignedIn)]
internal sealed record ListMyNotices(bool UnreadOnly = false, int Page = 1, int PageSize = 50) : IRequest<NoticePage>
{
    /// <summary>A column of <see cref="Columns"/>; none or unknown: newest first.</summary>
    public string? Sort { get; init; }

    /// <summary><c>asc</c> or <c>desc</c>.</summary>
    public string? Dir { get; init; }

    /// <summary>The columns the inbox sorts by, in the query (the id grows with time: newest is highest).</summary>
    internal static readonly SortColumns<Notice> Columns = new SortColumns<Notice>("time", descending: true)
        .Add("time", n => n.Id)
        .Add("kind", n => n.Kind)
        .ThenBy(n => n.Id);

    internal sealed class Handler(NotificationsDb db, ICurrentUser user) : IRequestHandler<ListMyNotices, NoticePage>
    {
        public async Task<NoticePage> Handle(ListMyNotices request, CancellationToken cancellationToken)
        {
            var me = Me.Id(user);
            var size = Math.Clamp(request.PageSize, 1, 200);
            var page = Math.Max(1, request.Page);
            var mine = db.Notices.AsNoTracking().Where(n => n.RecipientId == me);
            var unread = await mine.CountAsync(n => n.ReadAt == null, cancellationToken);
            if (request.UnreadOnly)
            {
                mine = mine.Where(n => n.ReadAt == null);
            }

            var total = await mine.CountAsync(cancellationToken);
            var items = await Columns.Apply(mine, Columns.Resolve(request.Sort, request.Dir)).Skip(Paging.Offset(page, size)).Take(size)
                .Select(n => new NoticeView(n.Id.ToString(), n.Kind, n.Text, n.Link, n.CreatedAt, n.ReadAt))
                .ToListAsync(cancellationToken);
            return new NoticePage(items, total, unread, page, size);
        }
    }
}

/// <summary>A notice as its recipient sees it.</summary>
public sealed record NoticeView(string Id, string Kind, string Text, string? Link, DateTime CreatedAt, DateTime? ReadAt)
{
    public bool IsRead => ReadAt is not null;
}

public sealed record NoticePage(IReadOnlyList<NoticeView> Items, int Total, int Unread, int Page, int PageSize);
