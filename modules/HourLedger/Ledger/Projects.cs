using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

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

/// <summary>
/// The administrator creates a service project (its catalogue copied from the latest project, or the tender's
/// when it is the first) or changes one. Periods of two projects never overlap, so every day belongs to one;
/// a change that would leave credited hours outside the period or of a station no longer in it is refused.
/// </summary>
[Requires(LedgerPermissions.ManageProjects)]
public sealed class SaveProject : IRequest<int>, IAudited
{
    /// <summary>Null to create.</summary>
    public int? Id { get; set; }

    [Required(ErrorMessage = "请填写项目名称。")]
    [StringLength(100, ErrorMessage = "项目名称不能超过 100 个字。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写开始日期。")]
    public DateOnly? StartDate { get; set; }

    [Required(ErrorMessage = "请填写结束日期。")]
    public DateOnly? EndDate { get; set; }

    public List<string> StationIds { get; set; } = [];

    [Range(1, 5000, ErrorMessage = "每人每年服务时长应在 1 到 5,000 小时之间。")]
    public decimal AnnualHoursPerWorker { get; set; } = 1960;

    /// <summary>In per cent, as the tender states it (70).</summary>
    [Range(0, 100, ErrorMessage = "专业服务占比应在 0 到 100 之间。")]
    public decimal MinProfessionalPercent { get; set; } = 70;

    string IAudited.AuditAction => Id is null ? "新建服务项目" : "修改服务项目";

    string? IAudited.AuditTarget => Id?.ToString() ?? Name;

    string? IAudited.AuditDetail => $"{Name}：{StartDate:yyyy-MM-dd} 至 {EndDate:yyyy-MM-dd}，{StationIds.Count} 个站点，{AnnualHoursPerWorker} 小时/人/年，专业占比 ≥ {MinProfessionalPercent}%";

    internal sealed class Handler(LedgerDb db, IMediator mediator) : IRequestHandler<SaveProject, int>
    {
        public async Task<int> Handle(SaveProject request, CancellationToken cancellationToken)
        {
            var start = request.StartDate!.Value;
            var end = request.EndDate!.Value;
            if (end.DayNumber - start.DayNumber > 3 * 366)
            {
                throw new BusinessRuleException("项目期限不能超过三年。", "endDate");
            }

            var stationIds = request.StationIds.Where(s => !string.IsNullOrWhiteSpace(s)).Distinct().ToList();
            if (stationIds.Count == 0)
            {
                throw new BusinessRuleException("请至少选择一个站点。", "stationIds");
            }

            var known = (await mediator.Send(new GetStations(), cancellationToken)).Select(s => s.Id).ToHashSet();
            if (stationIds.FirstOrDefault(s => !known.Contains(s)) is { } unknown)
            {
                throw new BusinessRuleException($"没有编号为“{unknown}”的站点。", "stationIds");
            }

            var overlapping = await db.Projects.AsNoTracking()
                .Where(p => p.Id != request.Id && p.StartDate <= end && p.EndDate >= start).Select(p => p.Name).FirstOrDefaultAsync(cancellationToken);
            if (overlapping is not null)
            {
                throw new BusinessRuleException($"期限与“{overlapping}”重叠：每一天只能属于一个服务项目。", "startDate");
            }

            ServiceProject project;
            if (request.Id is { } id)
            {
                project = await db.Projects.FirstOrDefaultAsync(p => p.Id == id, cancellationToken) ?? throw new NotFoundException("没有这个服务项目。");
                var entries = db.Entries.Where(e => e.ProjectId == id && !e.IsRetracted);
                if (await entries.AnyAsync(e => e.Date < start || e.Date > end, cancellationToken))
                {
                    throw new BusinessRuleException("已有记入的时长在新期限之外，不能这样缩短期限。", "startDate");
                }

                var removed = project.StationIds.Except(stationIds).ToList();
                if (removed.Count > 0 && await entries.AnyAsync(e => removed.Contains(e.StationId), cancellationToken))
                {
                    throw new BusinessRuleException("要移出的站点已有记入的时长，不能移出项目。", "stationIds");
                }

                project.Change(request.Name.Trim(), start, end, stationIds);
            }
            else
            {
                project = new ServiceProject(request.Name.Trim(), start, end, stationIds);
                db.Projects.Add(project);
            }

            project.AnnualHoursPerWorker = request.AnnualHoursPerWorker;
            project.MinProfessionalShare = Math.Round(request.MinProfessionalPercent / 100m, 3);
            await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
            await db.SaveChangesAsync(cancellationToken);
            if (request.Id is null)
            {
                var previous = await db.Projects.AsNoTracking().Where(p => p.Id != project.Id).OrderByDescending(p => p.StartDate).Select(p => (int?)p.Id).FirstOrDefaultAsync(cancellationToken);
                var catalogue = previous is { } from
                    ? (await db.Indicators.AsNoTracking().Where(i => i.ProjectId == from).ToListAsync(cancellationToken)).Select(i => i.CopyTo(project.Id))
                    : Catalogue.Seed(project.Id);
                db.Indicators.AddRange(catalogue);
                await db.SaveChangesAsync(cancellationToken);
            }

            await transaction.CommitAsync(cancellationToken);
            return project.Id;
        }
    }
}

/// <summary>
/// The targets of one station in the current project (or the one given): per indicator the project's target, the
/// station's (set by hand or an even share) and each worker's (set by hand or an even share of the station's).
/// </summary>
[Requires(LedgerPermissions.View)]
public sealed record GetTargets(string StationId, int? ProjectId = null) : IRequest<TargetSheet>
{
    internal sealed class Handler(LedgerDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<GetTargets, TargetSheet>
    {
        public async Task<TargetSheet> Handle(GetTargets request, CancellationToken cancellationToken)
        {
            var asOf = await Progress.StartOfAsync(db, request.ProjectId, cancellationToken);
            var scope = await Progress.ScopeAsync(db, mediator, user, clock, request.StationId, null, null, null, asOf, cancellationToken);
            var targets = await db.Targets.AsNoTracking().Where(t => t.ProjectId == scope.Project.Id && t.StationId == request.StationId).ToListAsync(cancellationToken);
            var workers = scope.Workers.Where(w => w.StationId == request.StationId).ToList();
            var indicators = await db.Indicators.AsNoTracking().Where(i => i.ProjectId == scope.Project.Id).OrderBy(i => i.Order).ToListAsync(cancellationToken);
            var rows = indicators.Select(indicator =>
            {
                var station = Progress.TargetFor(indicator, scope, targets);
                var cells = workers.Select(w => new TargetCell(
                    w.Id,
                    Progress.TargetFor(indicator, scope with { WorkerId = w.Id }, targets),
                    targets.Any(t => t.IndicatorCode == indicator.Code && t.WorkerId == w.Id))).ToList();
                return new TargetRow(indicator.Code, indicator.Name, indicator.Unit, indicator.TargetQuantity, station,
                    targets.Any(t => t.IndicatorCode == indicator.Code && t.WorkerId == null), cells);
            }).ToList();
            return new TargetSheet(scope.Project.Id, scope.Project.Name, request.StationId, workers.Select(w => new StaffMember(w.Id, w.UserName, w.DisplayName, w.StationId, w.IsActive)).ToList(), rows);
        }
    }
}

/// <summary>A station's targets: one row an indicator, one cell a worker.</summary>
public sealed record TargetSheet(int ProjectId, string ProjectName, string StationId, IReadOnlyList<StaffMember> Workers, IReadOnlyList<TargetRow> Rows);

/// <summary>An indicator's targets; <c>StationIsSet</c> when the station's was set by hand rather than split evenly.</summary>
public sealed record TargetRow(string Code, string Name, string Unit, decimal ProjectTarget, decimal StationTarget, bool StationIsSet, IReadOnlyList<TargetCell> Workers);

/// <summary>A worker's target for an indicator; <c>IsSet</c> when set by hand.</summary>
public sealed record TargetCell(string WorkerId, decimal Quantity, bool IsSet);
