using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>The children's files the caller may see (a worker: their station), key children first, with this month's visits.</summary>
[Requires(ChildWelfarePermissions.View)]
internal sealed record ListChildren(string? StationId = null, bool KeyOnly = false) : IRequest<IReadOnlyList<ChildLine>>
{
    internal sealed class Handler(ChildWelfareDb db, TimeProvider clock) : IRequestHandler<ListChildren, IReadOnlyList<ChildLine>>
    {
        public async Task<IReadOnlyList<ChildLine>> Handle(ListChildren request, CancellationToken cancellationToken)
        {
            var month = DueChildren.MonthOf(LocalTime.Today(clock));
            var children = db.Children.AsNoTracking().Open();
            if (!string.IsNullOrEmpty(request.StationId))
            {
                children = children.Where(c => c.StationId == request.StationId);
            }

            if (request.KeyOnly)
            {
                children = children.Where(c => c.IsKeyChild);
            }

            var rows = await children.OrderByDescending(c => c.IsKeyChild).ThenBy(c => c.Name)
                .Select(c => new
                {
                    c.ClientId, c.StationId, c.Name, c.WorkerId, c.IsKeyChild, c.Risk, c.Father, c.Mother,
                    Visits = db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn),
                    Last = db.Visits.Where(v => v.ClientId == c.ClientId && !v.IsWithdrawn).Max(v => (DateTime?)v.VisitedAt),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new ChildLine
            {
                ClientId = r.ClientId,
                StationId = r.StationId,
                Name = r.Name,
                WorkerId = r.WorkerId,
                IsKeyChild = r.IsKeyChild,
                Risk = r.Risk,
                Status = Guardianship.StatusOf(r.Father, r.Mother),
                HomeVisitsThisMonth = r.Visits,
                LastVisit = r.Last is { } last ? LocalTime.DateOf(new DateTimeOffset(last, TimeSpan.Zero)) : null,
            }).ToList();
        }
    }
}

/// <summary>A child in a list: key or not, risk, computed care status, home visits this month, last contact.</summary>
public sealed record ChildLine
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required bool IsKeyChild { get; init; }

    public required RiskLevel Risk { get; init; }

    public required CareStatus Status { get; init; }

    public required int HomeVisitsThisMonth { get; init; }

    public required DateOnly? LastVisit { get; init; }
}
