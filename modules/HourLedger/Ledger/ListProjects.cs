using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The service projects (contract periods), newest first, with the one in force today marked.</summary>
[Requires(LedgerPermissions.View)]
public sealed record ListProjects : IRequest<IReadOnlyList<ProjectView>>
{
    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<ListProjects, IReadOnlyList<ProjectView>>
    {
        public async Task<IReadOnlyList<ProjectView>> Handle(ListProjects request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var current = await Progress.ProjectOnAsync(db, today, cancellationToken);
            var projects = await db.Projects.AsNoTracking().OrderByDescending(p => p.StartDate).ToListAsync(cancellationToken);
            return projects.Select(p => new ProjectView(p.Id, p.Name, p.StartDate, p.EndDate, p.StationIds, p.AnnualHoursPerWorker, p.MinProfessionalShare, p.Id == current?.Id)).ToList();
        }
    }
}

/// <summary>A service project as the pages and the API show it.</summary>
public sealed record ProjectView(int Id, string Name, DateOnly StartDate, DateOnly EndDate, IReadOnlyList<string> StationIds, decimal AnnualHoursPerWorker, decimal MinProfessionalShare, bool IsCurrent);
