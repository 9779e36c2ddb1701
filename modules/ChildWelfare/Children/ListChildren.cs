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
            var rows = await Lines(db, month, request.StationId, request.KeyOnly).OrderByDescending(c => c.IsKeyChild).ThenBy(c => c.Name)
                .ToListAsync(cancellationToken);
            return rows.Select(r => r.ToLine()).ToList();
        }
    }

    /// <summary>The open files the caller may see as list rows (this month's home visits, the last contact), for the list and the page to filter and sort in the query.</summary>
    internal static IQueryable<ChildListRow> Lines(ChildWelfareDb db, int month, string? stationId, bool keyOnly)
    {
        var children = db.Children.AsNoTracking().Open();
        if (!string.IsNullOrWhiteSpace(stationId))
        {
            children = children.Where(c => c.StationId == stationId);
        }

        if (keyOnly)
        {
            children = children.Where(c => c.IsKeyChild);
        }

        return children.Select(c => new ChildListRow
        {
            ClientId = c.ClientId,
            StationId = c.StationId,
            Name = c.Name,
            WorkerId = c.WorkerId,
            IsKeyChild = c.IsKeyChild,
            Risk = c.Risk,
            Father = c.Father,
            Mother = c.Mother,
            Visits = db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn),
            Last = db.Visits.Where(v => v.ClientId == c.ClientId && !v.IsWithdrawn).Max(v => (DateTime?)v.VisitedAt),
        });
    }
}

/// <summary>A child's file as the query reads it, before the care status is worked out.</summary>
internal sealed class ChildListRow
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required bool IsKeyChild { get; init; }

    public required RiskLevel Risk { get; init; }

    public required ParentSituation Father { get; init; }

    public required ParentSituation Mother { get; init; }

    public required int Visits { get; init; }

    public required DateTime? Last { get; init; }

    public ChildLine ToLine() => new()
    {
        ClientId = ClientId,
        StationId = StationId,
        Name = Name,
        WorkerId = WorkerId,
        IsKeyChild = IsKeyChild,
        Risk = Risk,
        Status = Guardianship.StatusOf(Father, Mother),
        HomeVisitsThisMonth = Visits,
        LastVisit = Last is { } last ? LocalTime.DateOf(new DateTimeOffset(last, TimeSpan.Zero)) : null,
    };
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
