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
        var reason = string.IsNullOrWhiteSpace(request.Reason) ? "来源记录已删除或有误" : Crediting.Clip(request.Reason.Trim(), 200);
        if (entry is null)
        {
            // Nothing credited yet: remember it, so that a credit still on its way is entered retracted.
            if (!await db.EarlyRetractions.AnyAsync(r => r.SourceModule == request.SourceModule && r.SourceId == request.SourceId, cancellationToken))
            {
                db.EarlyRetractions.Add(new EarlyRetraction { SourceModule = request.SourceModule, SourceId = Crediting.Clip(request.SourceId, 100), Reason = reason, At = clock.GetUtcNow().UtcDateTime });
                try
                {
                    await db.SaveChangesAsync(cancellationToken);
                }
                catch (DbUpdateException)
                {
                    // The same retraction delivered twice at once: one is kept.
                }
            }

            return MediatR.Unit.Value;
        }

        if (entry.IsRetracted)
        {
            return MediatR.Unit.Value;
        }

        entry.IsRetracted = true;
        entry.RetractedAt = clock.GetUtcNow().UtcDateTime;
        entry.RetractReason = reason;
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
        if (existing is not null)
        {
            // Credited already: a second delivery, or the same record sent twice. A retracted credit stays retracted:
            // a late redelivery of a withdrawn record's credit must not count it again (a restored record credits
            // under a new source id).
            return existing;
        }

        var (project, indicator) = await CatalogueForAsync(db, clock, sourceModule, sourceId, stationId, workerId, indicatorCode, quantity, date, cancellationToken);
        var entry = new LedgerEntry
        {
            SourceModule = sourceModule,
            SourceId = sourceId,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
            ProjectId = project.Id,
            StationId = stationId,
            WorkerId = workerId,
            IndicatorCode = indicator.Code,
            QuantityCenti = LedgerEntry.Centi(quantity),
            StandardHoursPerUnit = indicator.StandardHours,
            HoursCenti = LedgerEntry.Centi(quantity * indicator.StandardHours),
            IsProfessional = indicator.IsProfessional,
            Date = date,
            Month = (date.Year * 100) + date.Month,
            Description = Clip(description, 200),
            Link = link,
            ClientIds = clientIds is { Count: > 0 } ? Clip(string.Join(',', clientIds), 2000) : null,
        };
        var early = await db.EarlyRetractions.FirstOrDefaultAsync(r => r.SourceModule == sourceModule && r.SourceId == sourceId, cancellationToken);
        if (early is not null)
        {
            // Withdrawn before it arrived: kept for the record, counted nowhere.
            entry.IsRetracted = true;
            entry.RetractedAt = early.At;
            entry.RetractReason = early.Reason;
            db.EarlyRetractions.Remove(early);
        }

        db.Entries.Add(entry);

        // The entry and the month's total change together.
        await using var transaction = db.Database.CurrentTransaction is null ? await db.Database.BeginTransactionAsync(cancellationToken) : null;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
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

        if (!entry.IsRetracted)
        {
            await Rollup.ApplyAsync(db, entry, 1, cancellationToken);
        }

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

    internal static string Clip(string text, int length) => text.Length <= length ? text : text[..(length - 1)] + "…";
}

/// <summary>Hours a worker logs by hand for work no module records: assisting the town's civil-affairs work (not professional) and the like.</summary>
[Requires(LedgerPermissions.Log)]
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
