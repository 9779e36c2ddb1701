using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Demo;

/// <summary>
/// Work in progress at every demo station, so that the 待完善 list and the record pages have something to show: a case
/// half way (assessment, plan and agreement written, three sessions, the signed copy not yet uploaded), a group with
/// eight members and two sessions, and a community activity planned for next week. None of it counts yet, so the
/// ledger's demo year is not counted twice. Two recent home visits a station promised follow-ups — one due today,
/// one two days overdue — so the daily digest (今日待办) has something to say; they are credited like any visit.
/// </summary>
internal sealed class SocialWorkDemoData(SocialWorkDb db, IMediator mediator, TimeProvider clock) : IDemoData
{
    /// <summary>After the registry's clients.</summary>
    public int Order => 20;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Cases.AnyAsync(c => c.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = await mediator.Send(new GetStationWorkers(), cancellationToken);
        var elders = await mediator.Send(new ListClientsByCategory("ELDER_SPECIAL"), cancellationToken);
        foreach (var worker in workers.Where(w => w.StationId is not null).GroupBy(w => w.StationId).Select(g => g.First()))
        {
            if (elders.FirstOrDefault(c => c.StationId == worker.StationId) is not { } elder)
            {
                continue;
            }

            var @case = new Case(worker.StationId!, worker.Id, elder.Id, elder.Name, today.AddDays(-40), "探访发现：老人独居，近期情绪低落，不愿出门。", now) { IsDemo = true };
            @case.Add(CaseDocumentKind.Assessment, today.AddDays(-38), "需求：情绪支持；恢复社区交往；日常照料由邻里协助。", null, today);
            @case.Add(CaseDocumentKind.Plan, today.AddDays(-36), "目标：三个月内每周参加一次老年活动中心活动。", "每周会谈一次；链接志愿者每周陪伴两次。", today);
            @case.Add(CaseDocumentKind.Agreement, today.AddDays(-35), "双方约定每周三上午在老人家中会谈。", null, today);
            for (var i = 0; i < 3; i++)
            {
                @case.Add(CaseDocumentKind.Session, today.AddDays(-28 + (i * 7)), $"第 {i + 1} 次会谈：倾听与情绪疏导，回顾一周生活。", null, today);
            }

            db.Cases.Add(@case);

            foreach (var (other, daysAgo, followUpIn, note) in elders.Where(c => c.StationId == worker.StationId && c.Id != elder.Id).Take(2)
                .Zip(new[] { (3, 3, "电话确认降压药是否买到"), (9, 7, "再次上门查看取暖用电安全") }, (c, v) => (c, v.Item1, v.Item2, v.Item3)))
            {
                var visit = new Visit(worker.StationId!, worker.Id, VisitKind.Home, LocalTime.StartOf(today.AddDays(-daysAgo)).AddHours(10), $"入户探访{other.Name}：老人精神尚可，屋内整洁，谈及近期身体状况。", now);
                visit.AddClient(other.Id, other.Name);
                visit.WantFollowUp(today.AddDays(followUpIn - daysAgo), note);
                visit.AddNeed(other.Id, daysAgo == 3 ? "medical" : "care", daysAgo == 3 ? "降压药快吃完了，行动不便，需要有人帮忙配药" : "冬季取暖需要帮助检查电线、添置电热毯", Platform.Contracts.Registry.NeedPriority.Medium);
                db.Visits.Add(visit);
                Visits.VisitMessages.Recorded(db, visit, clock);
            }

            var group = new Group(worker.StationId!, worker.Id, now.AddDays(-20))
            {
                Name = "老年人互助小组", Target = "独居及空巢老人", Plan = "目标：减少孤独感，建立邻里互助。方法：小组工作，回忆与分享。招募：探访中邀请。",
                PlannedSessions = ["相识", "回忆往事", "健康小常识", "邻里互助", "才艺分享", "回顾告别"], IsDemo = true,
            };
            foreach (var name in new[] { "张桂英", "李秀兰", "王德福", "赵玉珍", "刘长生", "陈凤英", "杨建国", "黄秀芝" })
            {
                group.AddMember(null, name);
            }

            group.AddSession(today.AddDays(-14), "相识", "八位老人相互介绍，约定每周活动时间。", [1, 2, 3, 4, 5, 6, 7], today);
            group.AddSession(today.AddDays(-7), "回忆往事", "老人分享年轻时的经历，气氛热烈。", [1, 2, 3, 5, 6], today);
            db.Groups.Add(group);

            db.Activities.Add(new Activity(worker.StationId!, worker.Id, now)
            {
                Size = ActivitySize.Lecture, Theme = "冬季防火用电安全讲座", Date = today.AddDays(7), Place = "村委会会议室", Partners = "镇消防站", IsDemo = true,
                Plan = "讲解冬季取暖用电常识，发放宣传册。",
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
