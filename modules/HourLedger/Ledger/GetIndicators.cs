using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The indicator catalogue of the current project.</summary>
[Requires(LedgerPermissions.View)]
public sealed record GetIndicators(int? ProjectId = null) : IRequest<IReadOnlyList<IndicatorView>>
{
    internal sealed class Handler(LedgerDb db, TimeProvider clock) : IRequestHandler<GetIndicators, IReadOnlyList<IndicatorView>>
    {
        public async Task<IReadOnlyList<IndicatorView>> Handle(GetIndicators request, CancellationToken cancellationToken)
        {
            var project = await Progress.ProjectOnAsync(db, await Progress.StartOfAsync(db, request.ProjectId, cancellationToken) ?? LocalTime.Today(clock), cancellationToken);
            if (project is null)
            {
                return [];
            }

            return await db.Indicators.AsNoTracking().Where(i => i.ProjectId == project.Id).OrderBy(i => i.Order)
                .Select(i => new IndicatorView(i.Code, i.Name, i.Unit, i.StandardHours, i.IsProfessional, i.TargetQuantity, i.ReportRow, i.ReportName, i.Rule))
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>An indicator as the catalogue lists it.</summary>
public sealed record IndicatorView(string Code, string Name, string Unit, decimal StandardHours, bool IsProfessional, decimal TargetQuantity, int ReportRow, string ReportName, string? Rule);
