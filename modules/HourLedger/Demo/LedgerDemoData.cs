using Platform.Contracts;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Ledger;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;
using Platform.Modules.HourLedger.Ledger;

namespace Platform.Modules.HourLedger.Demo;

/// <summary>The demo project of the current year with the tender's catalogue, and the year's work so far for every demo worker.</summary>
internal sealed class LedgerDemoData(LedgerDb db, IMediator mediator, TimeProvider clock) : IDemoData
{
    /// <summary>Before the registry's demo, whose completed archives are credited here.</summary>
    public int Order => 5;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Projects.AnyAsync(p => p.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stations = await mediator.Send(new GetStations(), cancellationToken);
        if (stations.Count == 0)
        {
            return;
        }

        var today = LocalTime.Today(clock);
        var project = new ServiceProject($"{today.Year}年度民政服务站社会工作服务项目", new DateOnly(today.Year, 1, 1), new DateOnly(today.Year, 12, 31), stations.Select(s => s.Id)) { IsDemo = true };
        db.Projects.Add(project);
        await db.SaveChangesAsync(cancellationToken);
        db.Indicators.AddRange(Catalogue.Seed(project.Id));
        await db.SaveChangesAsync(cancellationToken);

        // A year of work so far: visits, community activities, volunteers and the town's tasks (supervision and training
        // come from the staff module's demo records, key children's care visits from the child-welfare module's, both
        // credited through their outboxes).
        var random = new Random(4_4);
        var workers = await mediator.Send(new GetStationWorkers(), cancellationToken);
        var catalogue = Catalogue.Seed(project.Id).ToDictionary(i => i.Code);
        var n = 0;
        foreach (var worker in workers.Where(w => w.StationId is not null))
        {
            for (var month = 1; month <= today.Month; month++)
            {
                void Add(string code, decimal quantity, string description)
                {
                    var last = month == today.Month ? today.Day : DateTime.DaysInMonth(today.Year, month);
                    var date = new DateOnly(today.Year, month, random.Next(1, last + 1));
                    var indicator = catalogue[code];
                    db.Entries.Add(new LedgerEntry
                    {
                        ProjectId = project.Id,
                        StationId = worker.StationId!,
                        WorkerId = worker.Id,
                        IndicatorCode = code,
                        QuantityCenti = LedgerEntry.Centi(quantity),
                        StandardHoursPerUnit = indicator.StandardHours,
                        HoursCenti = LedgerEntry.Centi(quantity * indicator.StandardHours),
                        IsProfessional = indicator.IsProfessional,
                        Date = date,
                        Month = (date.Year * 100) + date.Month,
                        SourceModule = "demo",
                        SourceId = $"{++n}",
                        Description = description,
                        CreatedAt = clock.GetUtcNow().UtcDateTime,
                        IsDemo = true,
                    });
                }

                for (var i = random.Next(6, 11); i > 0; i--)
                {
                    Add(Indicators.Outreach, 1, "入户探访（演示）");
                }

                for (var i = random.Next(2, 6); i > 0; i--)
                {
                    Add(Indicators.OutreachPhone, 1, "电话探访（演示）");
                }


                if (random.Next(3) == 0)
                {
                    Add(Indicators.Community, 1, "中小型社区活动（演示）");
                }

                Add(Indicators.Volunteer, random.Next(10, 20), "链接志愿者服务（演示）");
                Add(Indicators.Assistance, random.Next(10, 26), "协助镇街开展民政工作（演示）");
            }
        }

        await db.SaveChangesAsync(cancellationToken);
        await Rollup.RebuildAsync(db, project.Id, cancellationToken);
    }
}
