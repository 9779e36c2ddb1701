using Platform.Contracts.Identity;
using MediatR;
using Platform.Contracts;
using Platform.Modules.Elderly.Data;

namespace Platform.Modules.Elderly.Elders;

/// <summary>The elders owed a visit today or overdue (the due list), of a station or all the caller sees.</summary>
[Requires(ElderlyPermissions.View)]
internal sealed record ListDueElders(string? StationId = null) : IRequest<IReadOnlyList<ElderLine>>
{
    internal sealed class Handler(ElderlyDb db, TimeProvider clock) : IRequestHandler<ListDueElders, IReadOnlyList<ElderLine>>
    {
        public async Task<IReadOnlyList<ElderLine>> Handle(ListDueElders request, CancellationToken cancellationToken) =>
            (await DueElders.LinesAsync(db, LocalTime.Today(clock), request.StationId, null, dueOnly: true, cancellationToken)).OrderBy(l => l.NextDue).ToList();
    }
}
