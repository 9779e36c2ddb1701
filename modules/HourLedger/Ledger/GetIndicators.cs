using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.HourLedger.Data;

namespace Platform.Modules.HourLedger.Ledger;

/// <summary>The indicator catalogue of the current project.</summary>
[Requires(LedgerPermissions.View)]
internal sealed record GetIndicators(int? ProjectId = null) : IRequest<IReadOnlyList<IndicatorView>>
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
                .Select(i => new IndicatorView
                {
                    Code = i.Code,
                    Name = i.Name,
                    Unit = i.Unit,
                    StandardHours = i.StandardHours,
                    IsProfessional = i.IsProfessional,
                    TargetQuantity = i.TargetQuantity,
                    ReportRow = i.ReportRow,
                    ReportName = i.ReportName,
                    Rule = i.Rule,
                })
                .ToListAsync(cancellationToken);
        }
    }
}

/// <summary>An indicator as the catalogue lists it.</summary>
public sealed record IndicatorView
{
    public required string Code { get; init; }

    public required string Name { get; init; }

    public required string Unit { get; init; }

    public required decimal StandardHours { get; init; }

    public required bool IsProfessional { get; init; }

    public required decimal TargetQuantity { get; init; }

    public required int ReportRow { get; init; }

    public required string ReportName { get; init; }

    public required string? Rule { get; init; }
}
