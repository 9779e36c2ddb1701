using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Compliance;

/// <summary>One supervision session: the lead, bureau and administrator see any; a worker one they attended.</summary>
[Requires(StaffPermissions.ViewCompliance)]
internal sealed record GetSupervision(string Id) : IRequest<SupervisionSummary>
{
    internal sealed class Handler(StaffDb db, ICurrentUser user) : IRequestHandler<GetSupervision, SupervisionSummary>
    {
        public async Task<SupervisionSummary> Handle(GetSupervision request, CancellationToken cancellationToken)
        {
            var session = await db.SupervisionSessions.AsNoTracking().FirstOrDefaultAsync(s => s.Id == request.Id, cancellationToken);
            if (session is null || (!user.SeesAllStations() && session.Attendees.All(a => a.WorkerId != user.UserId)))
            {
                throw new NotFoundException("找不到这次督导，或您无权查看。");
            }

            var ids = session.Attendees.Select(a => a.WorkerId).ToList();
            var names = await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            return new SupervisionSummary
            {
                Id = session.Id,
                Date = session.Date,
                Hours = session.Hours,
                Mode = session.ModeName,
                Supervisor = session.Supervisor,
                Topic = session.Topic,
                Record = session.Record,
                Workers = ids.Select(i => names.GetValueOrDefault(i, i)).ToList(),
                IsWithdrawn = session.IsWithdrawn,
                WithdrawReason = session.WithdrawReason,
            };
        }
    }
}
