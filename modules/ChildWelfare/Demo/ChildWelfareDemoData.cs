using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modularity.Records;
using Platform.Modules.ChildWelfare.Children;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Demo;

/// <summary>
/// A file for every demo child, about 40 key children across the stations (the tender's number), each home-visited
/// last month and — except two a station — this month, credited CHILD_CARE through the outbox like real visits (the
/// ledger's demo year leaves that row to this module). One high-risk child a station.
/// </summary>
internal sealed class ChildWelfareDemoData(ChildWelfareDb db, IMediator mediator, ChildWelfareRules rules, TimeProvider clock) : IDemoData
{
    public int Order => 30;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Children.AnyAsync(c => c.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.StationId is not null).ToList();
        var children = new List<ClientSummary>();
        foreach (var code in ChildCategories.Codes)
        {
            children.AddRange(await mediator.Send(new ListClientsByCategory(code), cancellationToken));
        }

        var perStation = Math.Max(1, rules.PlannedKeyChildren / Math.Max(1, workers.Select(w => w.StationId).Distinct().Count()));
        foreach (var station in children.Where(c => c.BirthDate is null || c.BirthDate.Value.AddYears(18) > today).DistinctBy(c => c.Id).GroupBy(c => c.StationId))
        {
            var staff = workers.Where(w => w.StationId == station.Key).ToList();
            if (staff.Count == 0)
            {
                continue;
            }

            var n = 0;
            foreach (var child in station.OrderBy(c => c.Name))
            {
                var worker = staff[n % staff.Count];
                var file = new ChildFile(child.Id, station.Key, child.Name, worker.Id, now) { IsDemo = true };
                (file.Father, file.Mother) = child.Categories.Contains("ORPHAN") ? (ParentSituation.Deceased, ParentSituation.Deceased)
                    : child.Categories.Contains("FACTO_UNSUPP") ? (ParentSituation.Imprisoned, ParentSituation.LostContact)
                    : (ParentSituation.Present, ParentSituation.Present);
                if (file.Father != ParentSituation.Present)
                {
                    (file.FatherEvidence, file.FatherSince) = (file.Father == ParentSituation.Deceased ? "死亡证明" : "监狱出具的服刑证明", today.AddYears(-3));
                    (file.MotherEvidence, file.MotherSince) = (file.Mother == ParentSituation.Deceased ? "死亡证明" : "村委会出具的失联情况说明、派出所报案回执", today.AddYears(-2));
                }

                (file.GuardianName, file.GuardianRelation, file.GuardianCapacity) = ("祖母", "祖孙", "年迈，能照料日常起居，辅导学业有困难");
                file.Schooling = "就读于镇中心小学";
                file.Health = "健康";
                file.ChildDirector = "村儿童主任 刘桂兰";
                if (n == 0)
                {
                    (file.Risk, file.RiskReasons) = (RiskLevel.High, "监护人患病住院，近期无人照料");
                }

                file.UpdatedAt = now;
                file.MarkKey(n < perStation, today.AddMonths(-3));
                db.Children.Add(file);
                if (file.IsKeyChild)
                {
                    Visit(file, worker.Id, today.AddMonths(-1).AddDays(-Math.Min(today.Day - 1, 5)), "上月入户探视：孩子学习正常，祖母身体尚可。");
                    if (n >= 2 && today.Day > 1)
                    {
                        Visit(file, worker.Id, today.AddDays(-Math.Min(today.Day - 1, 1 + (n % 5))), "本月入户探视：居住整洁，衣食无忧，作业按时完成。");
                    }
                }

                n++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Visit(ChildFile file, string workerId, DateOnly day, string content)
    {
        var visit = new CareVisit(file.ClientId, file.StationId, workerId, ChildVisitKind.Home, LocalTime.StartOf(day).AddHours(8), content, clock.GetUtcNow().UtcDateTime)
        {
            LivingConditions = "住房安全，卫生尚可",
            Guardianship = "祖母照料，监护到位",
            Safety = "未发现安全隐患",
            // The demo's service project is this year: a December visit seen in January stays uncounted.
            Credited = day.Year == LocalTime.Today(clock).Year,
        };
        db.Visits.Add(visit);
        if (!visit.Credited)
        {
            return;
        }

        db.EnqueueCredit(
            ChildMessages.Visit(visit.Id),
            new ServiceCredit(file.StationId, workerId, Indicators.ChildCare, 1, visit.Date, [file.ClientId], $"困境儿童关爱探视：{file.Name}", ChildMessages.Link(file.ClientId)),
            clock);
    }
}
