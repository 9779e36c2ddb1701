using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Modules.HourLedger.Data;
using Platform.Modules.HourLedger.Domain;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>
/// The ledger contract: credits and retractions from any module, usually through the sender's outbox. The
/// standard hours come from the catalogue of the project whose period holds the date; the same source twice is
/// credited once; a refusal is kept (for the lead to see) and thrown.
/// </summary>
internal sealed class CreditingHandlers(LedgerDb db, TimeProvider clock) : IRequestHandler<RecordServiceHours, MediatR.Unit>, IRequestHandler<RetractServiceHours, MediatR.Unit>
{
    public async Task<MediatR.Unit> Handle(RecordServiceHours request, CancellationToken cancellationToken)
    {
        await Crediting.CreditAsync(db, clock, request.SourceModule, request.SourceId, request.StationId, request.WorkerId, request.IndicatorCode, request.Quantity, request.Date, request.ClientIds, request.Description, request.Link, cancellationToken);
        return MediatR.Unit.Value;
    }

    public async Task<MediatR.Unit> Handle(RetractServiceHours request, CancellationToken cancellationToken)
    {
        var entry = await db.Entries.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.SourceModule == request.SourceModule && e.SourceId == request.SourceId, cancellationToken);
        if (entry is null || entry.IsRetracted)
        {
            return MediatR.Unit.Value;
        }

        entry.IsRetracted = true;
        entry.RetractedAt = clock.GetUtcNow().UtcDateTime;
        entry.RetractReason = string.IsNullOrWhiteSpace(request.Reason) ? "来源记录已删除或有误" : request.Reason.Trim()[..Math.Min(200, request.Reason.Trim().Length)];
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        await db.SaveChangesAsync(cancellationToken);
        await Rollup.ApplyAsync(db, entry, -1, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return MediatR.Unit.Value;
    }
}

internal static class Crediting
{
    /// <summary>The ledger's own source for hours a worker logs by hand.</summary>
    public const string ManualSource = "ledger";

    public static async Task<LedgerEntry> CreditAsync(
        LedgerDb db,
        TimeProvider clock,
        string sourceModule,
        string sourceId,
        string stationId,
        string workerId,
        string indicatorCode,
        decimal quantity,
        DateOnly date,
        IReadOnlyList<string>? clientIds,
        string description,
        string? link,
        CancellationToken cancellationToken)
    {
        var existing = await db.Entries.IgnoreQueryFilters()
            .FirstOrDefaultAsync(e => e.SourceModule == sourceModule && e.SourceId == sourceId, cancellationToken);
        if (existing is { IsRetracted: false })
        {
            // Credited already: a second delivery, or the same record sent twice.
            return existing;
        }

        var (project, indicator) = await CatalogueForAsync(db, clock, sourceModule, sourceId, stationId, workerId, indicatorCode, quantity, date, cancellationToken);
        var entry = existing ?? new LedgerEntry { SourceModule = sourceModule, SourceId = sourceId, CreatedAt = clock.GetUtcNow().UtcDateTime };
        entry.ProjectId = project.Id;
        entry.StationId = stationId;
        entry.WorkerId = workerId;
        entry.IndicatorCode = indicator.Code;
        entry.QuantityCenti = LedgerEntry.Centi(quantity);
        entry.StandardHoursPerUnit = indicator.StandardHours;
        entry.HoursCenti = LedgerEntry.Centi(quantity * indicator.StandardHours);
        entry.IsProfessional = indicator.IsProfessional;
        entry.Date = date;
        entry.Month = (date.Year * 100) + date.Month;
        entry.Description = Clip(description, 200);
        entry.Link = link;
        entry.ClientIds = clientIds is { Count: > 0 } ? Clip(string.Join(',', clientIds), 2000) : null;
        entry.IsRetracted = false;
        entry.RetractedAt = null;
        entry.RetractReason = null;
        if (existing is null)
        {
            db.Entries.Add(entry);
        }

        // The entry and the month's total change together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException) when (existing is null)
        {
            // Two deliveries of the same source raced; the unique index kept one of them.
            if (transaction is not null)
            {
                await transaction.RollbackAsync(CancellationToken.None);
            }

            db.ChangeTracker.Clear();
            return await db.Entries.IgnoreQueryFilters().AsNoTracking()
                .FirstOrDefaultAsync(e => e.SourceModule == sourceModule && e.SourceId == sourceId, cancellationToken)
                ?? throw new InvalidOperationException("The credit was neither saved nor found.");
        }

        await Rollup.ApplyAsync(db, entry, 1, cancellationToken);
        if (transaction is not null)
        {
            await transaction.CommitAsync(cancellationToken);
        }

        return entry;
    }

    private static async Task<(ServiceProject, Indicator)> CatalogueForAsync(
        LedgerDb db, TimeProvider clock, string sourceModule, string sourceId, string stationId, string workerId, string indicatorCode, decimal quantity, DateOnly date, CancellationToken cancellationToken)
    {
        string? refusal = null;
        ServiceProject? project = null;
        Indicator? indicator = null;
        if (quantity <= 0)
        {
            refusal = "数量必须大于 0。";
        }
        else
        {
            var projects = await db.Projects.AsNoTracking().Where(p => p.StartDate <= date && p.EndDate >= date).ToListAsync(cancellationToken);
            project = projects.FirstOrDefault(p => p.StationIds.Contains(stationId));
            if (project is null)
            {
                refusal = $"{date:yyyy-MM-dd} 不在该站点任何服务项目的期限内，不能记入。";
            }
            else
            {
                indicator = await db.Indicators.AsNoTracking().FirstOrDefaultAsync(i => i.ProjectId == project.Id && i.Code == indicatorCode, cancellationToken);
                if (indicator is null)
                {
                    refusal = $"项目指标目录中没有“{indicatorCode}”这项指标，不能记入。";
                }
            }
        }

        if (refusal is not null)
        {
            db.ChangeTracker.Clear();
            db.Refused.Add(new RefusedCredit
            {
                SourceModule = sourceModule,
                SourceId = Clip(sourceId, 100),
                StationId = Clip(stationId, 32),
                WorkerId = Clip(workerId, 64),
                IndicatorCode = Clip(indicatorCode, 30),
                Date = date,
                Reason = refusal,
                At = clock.GetUtcNow().UtcDateTime,
            });
            await db.SaveChangesAsync(cancellationToken);
            throw new BusinessRuleException(refusal, quantity <= 0 ? "quantity" : project is null ? "date" : "indicatorCode");
        }

        return (project!, indicator!);
    }

    private static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>Hours a worker logs by hand for work no module records: assisting the town's civil-affairs work (not professional) and the like.</summary>
public sealed class LogOwnHours : IRequest<long>, IAudited
{
    [Required(ErrorMessage = "请选择日期。")]
    public DateOnly? Date { get; set; }

    [Range(0.25, 24, ErrorMessage = "时长应在 0.25 到 24 小时之间。")]
    [Required(ErrorMessage = "请填写时长。")]
    public decimal? Hours { get; set; }

    [Required(ErrorMessage = "请写明做了什么。")]
    [StringLength(200, ErrorMessage = "说明不能超过 200 个字。")]
    public string Description { get; set; } = "";

    /// <summary>The indicator, ASSIST (协助镇街开展民政工作) unless the worker picks another hour-counted one.</summary>
    public string IndicatorCode { get; set; } = Indicators.Assistance;

    /// <summary>What no module records yet: assisting the town (not professional) and volunteer service linked.</summary>
    internal static readonly IReadOnlySet<string> ManualIndicators = new HashSet<string> { Indicators.Assistance, Indicators.Volunteer };

    string IAudited.AuditAction => "登记工作时长";

    string? IAudited.AuditTarget => null;

    string? IAudited.AuditDetail => $"{Date:yyyy-MM-dd} {IndicatorCode} {Hours} 小时：{Description}";

    internal sealed class Handler(LedgerDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<LogOwnHours, long>
    {
        public async Task<long> Handle(LogOwnHours request, CancellationToken cancellationToken)
        {
            if (user.StationId is null || user.UserId is null)
            {
                throw new ForbiddenException("只有驻站社工可以登记自己的工作时长。");
            }

            var today = LocalTime.Today(clock);
            if (request.Date > today)
            {
                throw new BusinessRuleException("不能登记今天以后的时长。", "date");
            }

            if (!ManualIndicators.Contains(request.IndicatorCode))
            {
                throw new BusinessRuleException("这项指标由业务模块按记录计入，不能手工登记；可登记的是协助镇街开展民政工作和链接志愿服务的时长。", "indicatorCode");
            }

            var entry = await Crediting.CreditAsync(
                db, clock, Crediting.ManualSource, Guid.NewGuid().ToString("N"), user.StationId, user.UserId, request.IndicatorCode, request.Hours!.Value, request.Date!.Value, null, request.Description.Trim(), null, cancellationToken);
            return entry.Id;
        }
    }
}
