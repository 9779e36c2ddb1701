using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The service projects (contract periods), newest first, with the one in force today marked.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record ListProjects : IRequest<IReadOnlyList<ProjectView>>
{
    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<ListProjects, IReadOnlyList<ProjectView>>
    {
        public async Task<IReadOnlyList<ProjectView>> Handle(ListProjects request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var current = await Progress.ProjectOnAsync(db, today, cancellationToken);
            var projects = await db.Projects.AsNoTracking().OrderByDescending(p => p.StartDate).ToListAsync(cancellationToken);
            return projects.Select(p => new ProjectView
            {
                Id = p.Id,
                Name = p.Name,
                StartDate = p.StartDate,
                EndDate = p.EndDate,
                StationIds = p.StationIds,
                AnnualHoursPerWorker = p.AnnualHoursPerWorker,
                MinProfessionalShare = p.MinProfessionalShare,
                IsCurrent = p.Id == current?.Id,
            }).ToList();
        }
    }
}

/// <summary>A service project as the pages and the API show it.</summary>
public sealed record ProjectView
{
    public required int Id { get; init; }

    public required string Name { get; init; }

    public required DateOnly StartDate { get; init; }

    public required DateOnly EndDate { get; init; }

    public required IReadOnlyList<string> StationIds { get; init; }

    public required decimal AnnualHoursPerWorker { get; init; }

    public required decimal MinProfessionalShare { get; init; }

    public required bool IsCurrent { get; init; }
}
