using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modularity.Records;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;
using Platform.Modules.Elderly.Elders;

namespace Platform.Modules.Elderly.Demo;

/// <summary>
/// A profile for every demo elder of 60 or more with the special-difficulty category, in each tier, one last visit each —
/// most in time, some overdue — credited like real visits, so the due list and the monthly visit rate have something to show.
/// </summary>
internal sealed class ElderlyDemoData(ElderlyDb db, IMediator mediator, ElderlyRules rules, TimeProvider clock) : IDemoData
{
    public int Order => 31;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Elders.AnyAsync(e => e.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.StationId is not null).ToList();
        var elders = (await mediator.Send(new ListClientsByCategory("ELDER_SPECIAL"), cancellationToken)).Where(c => c.BirthDate is { } b && b.AddYears(60) <= today);
        foreach (var station in elders.GroupBy(e => e.StationId))
        {
            var staff = workers.Where(w => w.StationId == station.Key).ToList();
            if (staff.Count == 0)
            {
                continue;
            }

            var n = 0;
            foreach (var client in station.OrderBy(c => c.Name))
            {
                var worker = staff[n % staff.Count];
                var elder = new ElderProfile(client.Id, station.Key, client.Name, worker.Id, today.AddMonths(-6), now) { IsDemo = true, UpdatedAt = now };
                (elder.Tier, elder.Situation) = (n % 4) switch
                {
                    0 => (RiskTier.High, ElderSituation.LivingAlone | ElderSituation.Advanced),
                    1 => (RiskTier.Priority, ElderSituation.EmptyNest | ElderSituation.Disabled),
                    _ => (RiskTier.General, ElderSituation.EmptyNest),
                };
                if (elder.Situation.HasFlag(ElderSituation.Disabled))
                {
                    (elder.Bathing, elder.Walking, elder.Dressing) = (SelfCare.Dependent, SelfCare.Partly, SelfCare.Partly);
                }

                elder.EmergencyContacts = "儿子 138****0000（在外务工）";
                elder.Carer = elder.Situation.HasFlag(ElderSituation.Disabled) ? "老伴照料" : "邻居帮助";
                elder.Every = rules.EveryFor(elder.Tier, ElderTerms.IsDisabled(elder.Situation, elder.Activities));
                db.Elders.Add(elder);

                // Most were visited in time; every third is a few days past due.
                var last = ElderlyRules.Cutoff(today, elder.Every).AddDays(n % 3 == 2 ? -3 : 2 + (n % 3));
                if (last.Year == today.Year && last <= today)
                {
                    Visit(elder, worker.Id, last);
                }

                n++;
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private void Visit(ElderProfile elder, string workerId, DateOnly day)
    {
        var visit = new ElderVisit(elder.ClientId, elder.StationId, workerId, ElderVisitKind.Home, LocalTime.StartOf(day).AddHours(9), "入户探访：老人精神尚可，饮食正常，家中取暖用电安全。", clock.GetUtcNow().UtcDateTime)
        {
            Health = "血压偏高，按时服药", Safety = "无隐患", Living = "生活能基本自理",
        };
        db.Visits.Add(visit);
        db.EnqueueCredit(
            ElderMessages.Visit(visit.Id),
            new ServiceCredit(elder.StationId, workerId, Indicators.Outreach, 1, visit.VisitedOn, [elder.ClientId], $"特殊困难老年人探访（入户）：{elder.Name}", ElderMessages.Link(elder.ClientId)),
            clock);
    }
}
