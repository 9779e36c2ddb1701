using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The stations side by side, for the lead's and the bureau's dashboard: each station's service hours against its
/// workers' hours due by the day (as <see cref="GetWorkerProgress"/> counts them), its professional share, its home and
/// phone visits (<see cref="GetLedgerSummary"/>'s figures of the same station), and its hours month by month.
/// </summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetStationFigures(DateOnly? AsOf = null) : IRequest<StationFigures>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock, LedgerRules rules) : IRequestHandler<GetStationFigures, StationFigures>
    {
        public async Task<StationFigures> Handle(GetStationFigures request, CancellationToken cancellationToken)
        {
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, null, null, null, null, request.AsOf, cancellationToken);
            var amounts = await scope.Amounts(db)
                .GroupBy(e => new { e.StationId, e.IndicatorCode, e.IsProfessional, e.Month })
                .Select(g => new { g.Key.StationId, g.Key.IndicatorCode, g.Key.IsProfessional, g.Key.Month, Quantity = g.Sum(e => e.QuantityCenti), Hours = g.Sum(e => e.HoursCenti) })
                .ToListAsync(cancellationToken);
            var names = await mediator.Send(new GetStationNames(), cancellationToken);
            var (target, due) = GetWorkerProgress.HoursOwed(scope);
            var lastMonth = scope.AsOf < scope.To ? scope.AsOf : scope.To;
            var months = new List<string>();
            var keys = new List<int>();
            for (var month = new DateOnly(scope.From.Year, scope.From.Month, 1); month <= lastMonth; month = month.AddMonths(1))
            {
                months.Add($"{month:yyyy-MM}");
                keys.Add((month.Year * 100) + month.Month);
            }

            var stations = scope.Project.StationIds
                .Where(id => user.SeesAllStations() || id == user.StationId)
                .Select(id =>
                {
                    var mine = amounts.Where(a => a.StationId == id).ToList();
                    var workers = scope.Workers.Count(w => w.StationId == id);
                    var hours = mine.Sum(a => a.Hours) / 100m;
                    var professional = mine.Where(a => a.IsProfessional).Sum(a => a.Hours) / 100m;
                    var home = mine.Where(a => a.IndicatorCode == Indicators.Outreach).Sum(a => a.Quantity) / 100m;
                    var phone = mine.Where(a => a.IndicatorCode == Indicators.OutreachPhone).Sum(a => a.Quantity) / 100m;
                    return new StationFigure
                    {
                        StationId = id,
                        Name = names.GetValueOrDefault(id, id),
                        Workers = workers,
                        Hours = hours,
                        ProfessionalHours = professional,
                        ProfessionalShare = hours == 0 ? null : Math.Round(professional / hours, 4),
                        DueHours = due * workers,
                        TargetHours = target * workers,
                        Pace = Pace.Of(hours, due * workers, target * workers, "小时", scope.AsOf, scope.Project.StartDate, rules),
                        HomeVisits = home,
                        PhoneVisits = phone,
                        HomeVisitShare = home + phone == 0 ? null : Math.Round(home / (home + phone), 4),
                        HoursByMonth = keys.Select(k => mine.Where(a => a.Month == k).Sum(a => a.Hours) / 100m).ToList(),
                    };
                })
                .ToList();
            return new StationFigures(scope.Project.Name, scope.AsOf, scope.Project.MinProfessionalShare, months, stations);
        }
    }
}

/// <summary>The stations' figures and the months of the trend.</summary>
public sealed record StationFigures(string ProjectName, DateOnly AsOf, decimal MinProfessionalShare, IReadOnlyList<string> Months, IReadOnlyList<StationFigure> Stations);

/// <summary>One station's hours, pace, professional share, visits and monthly hours.</summary>
public sealed record StationFigure
{
    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required int Workers { get; init; }

    /// <summary>All service hours (professional and not).</summary>
    public required decimal Hours { get; init; }

    public required decimal ProfessionalHours { get; init; }

    public required decimal? ProfessionalShare { get; init; }

    /// <summary>The workers' hours due by the day.</summary>
    public required decimal DueHours { get; init; }

    /// <summary>The workers' hours of the whole period.</summary>
    public required decimal TargetHours { get; init; }

    public required Pace Pace { get; init; }

    public required decimal HomeVisits { get; init; }

    public required decimal PhoneVisits { get; init; }

    /// <summary>Home visits as a share of all visits (home and phone).</summary>
    public required decimal? HomeVisitShare { get; init; }

    /// <summary>Hours of each month of <see cref="StationFigures.Months"/>.</summary>
    public required IReadOnlyList<decimal> HoursByMonth { get; init; }
}
