using Platform.Contracts.Identity;
using System.Text;
using MediatR;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Notifications;
using Platform.Contracts.Staff;
using Platform.Modularity.Jobs;

namespace Platform.Modules.Notifications.Digest;

/// <summary>
/// The daily digest (07:30): asks every enabled module what is due for each worker today or overdue
/// (<see cref="GatherDueItems"/>), and sends each worker with something due one notice listing it. The notice is keyed
/// by worker and day: a second run that day sends nothing, a run after a missed trigger sends the day's digest once.
/// </summary>
internal sealed class DailyDigestJob(IServiceScopeFactory scopes) : SystemJob(scopes)
{
    /// <summary>Lines a digest lists before "… and n more".</summary>
    public const int MostLines = 12;

    protected override async Task<string> RunAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var mediator = services.GetRequiredService<IMediator>();
        var day = LocalTime.Today(services.GetRequiredService<TimeProvider>());
        var gather = new GatherDueItems(day);
        await mediator.Publish(gather, cancellationToken);
        var active = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.IsActive).Select(w => w.Id).ToHashSet();
        var notices = gather.Items
            .Where(i => active.Contains(i.WorkerId))
            .GroupBy(i => i.WorkerId)
            .Select(g => new Notify(g.Key, NoticeKinds.Digest, Text(g.ToList(), day), "/notifications/due", $"digest:{g.Key}:{day:yyyyMMdd}"))
            .ToList();
        if (notices.Count == 0)
        {
            return $"{day:yyyy-MM-dd} 无待办";
        }

        var sent = await mediator.Send(new NotifyMany(notices), cancellationToken);
        return $"{day:yyyy-MM-dd} 待办 {gather.Items.Count} 项，发给 {sent} 名社工" + (sent < notices.Count ? $"（{notices.Count - sent} 名此前已发过）" : "");
    }

    /// <summary>"今日待办 5 项（逾期 2 项）：" and one line per item, overdue first, at most <see cref="MostLines"/>.</summary>
    public static string Text(IReadOnlyList<DueItem> items, DateOnly day)
    {
        var overdue = items.Count(i => i.DueOn < day);
        var text = new StringBuilder($"今日待办 {items.Count} 项");
        if (overdue > 0)
        {
            text.Append($"（逾期 {overdue} 项）");
        }

        text.Append('：');
        foreach (var item in items.OrderBy(i => i.DueOn).ThenBy(i => i.Kind).Take(MostLines))
        {
            var when = item.DueOn < day ? $"逾期 {day.DayNumber - item.DueOn.DayNumber} 天" : item.DueOn == day ? "今天" : $"{item.DueOn:M月d日}前";
            var title = item.Title.Length > 60 ? item.Title[..60] + "…" : item.Title;
            text.Append($"\n· {item.Kind}：{title}（{when}）");
        }

        if (items.Count > MostLines)
        {
            text.Append($"\n…另有 {items.Count - MostLines} 项，请在“今日待办”中查看。");
        }

        return text.ToString();
    }
}

/// <summary>What is due for the caller today or overdue, from every enabled module (the 今日待办 page).</summary>
[Requires(NotificationsPermissions.Due)]
internal sealed record ListMyDueItems : IRequest<IReadOnlyList<DueItem>>
{
    internal sealed class Handler(IMediator mediator, Platform.Contracts.Identity.ICurrentUser user, TimeProvider clock) : IRequestHandler<ListMyDueItems, IReadOnlyList<DueItem>>
    {
        public async Task<IReadOnlyList<DueItem>> Handle(ListMyDueItems request, CancellationToken cancellationToken)
        {
            if (user.UserId is not { } me)
            {
                return [];
            }

            var gather = new GatherDueItems(LocalTime.Today(clock), me);
            await mediator.Publish(gather, cancellationToken);
            return gather.Items.Where(i => i.WorkerId == me).OrderBy(i => i.DueOn).ThenBy(i => i.Kind).ToList();
        }
    }
}
