using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>Supervision sessions, newest first: the lead, bureau and administrator see all; a worker those they attended.</summary>
[Requires(StaffPermissions.ViewCompliance)]
internal sealed record ListSupervision(int Take = 200) : IRequest<IReadOnlyList<SupervisionSummary>>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user) : IRequestHandler<ListSupervision, IReadOnlyList<SupervisionSummary>>
    {
        public async Task<IReadOnlyList<SupervisionSummary>> Handle(ListSupervision request, CancellationToken cancellationToken)
        {
            var sessions = db.SupervisionSessions.AsNoTracking();
            if (!user.SeesAllStations())
            {
                sessions = sessions.Where(s => s.Attendees.Any(a => a.WorkerId == user.UserId));
            }

            var list = await sessions.OrderByDescending(s => s.Date).ThenByDescending(s => s.CreatedAt).Take(request.Take)
                .Select(s => new { s.Id, s.Date, s.Hours, s.Mode, s.Supervisor, s.Topic, s.Record, s.IsWithdrawn, s.WithdrawReason, Workers = s.Attendees.Select(a => a.WorkerId).ToList() })
                .ToListAsync(cancellationToken);
            var workerIds = list.SelectMany(s => s.Workers).Distinct().ToList();
            var names = await db.Users.AsNoTracking().Where(u => workerIds.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return list.Select(s => new SupervisionSummary
            {
                Id = s.Id,
                Date = s.Date,
                Hours = s.Hours,
                Mode = s.Mode == SupervisionMode.Online ? "线上" : "线下",
                Supervisor = s.Supervisor,
                Topic = s.Topic,
                Record = s.Record,
                Workers = s.Workers.Select(w => names.GetValueOrDefault(w, w)).ToList(),
                IsWithdrawn = s.IsWithdrawn,
                WithdrawReason = s.WithdrawReason,
            }).ToList();
        }
    }
}

public sealed record SupervisionSummary
{
    public required string Id { get; init; }

    public required DateOnly Date { get; init; }

    public required decimal Hours { get; init; }

    public required string Mode { get; init; }

    public required string Supervisor { get; init; }

    public required string Topic { get; init; }

    public required string Record { get; init; }

    public required IReadOnlyList<string> Workers { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }
}
