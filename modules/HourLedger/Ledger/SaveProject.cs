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
