using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts;
using Platform.Modules.Elderly.Data;

namespace Platform.Modules.Elderly.Elders;

/// <summary>The elders the caller may see (a worker: their station), those owed a visit first, each with the last visit and the next due day.</summary>
[Requires(ElderlyPermissions.View)]
internal sealed record ListElders(string? StationId = null, bool DueOnly = false) : IRequest<IReadOnlyList<ElderLine>>
{
    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<ListElders, IReadOnlyList<ElderLine>>
    {
        public async Task<IReadOnlyList<ElderLine>> Handle(ListElders request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var lines = await DueElders.LinesAsync(db, today, request.StationId, null, request.DueOnly, cancellationToken);
            return lines.OrderBy(l => l.NextDue > today).ThenBy(l => l.NextDue).ThenBy(l => l.Name).ToList();
        }
    }
}
