using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>One elder's profile and visits; another station's elder is not found.</summary>
[Requires(ElderlyPermissions.View)]
internal sealed record GetElder(string ClientId) : IRequest<ElderView>
{
    internal sealed class Handler(ElderlyDb db, ElderFiles files) : IRequestHandler<GetElder, ElderView>
    {
        public async Task<ElderView> Handle(GetElder request, CancellationToken cancellationToken)
        {
            var e = await db.Elders.AsNoTracking().FirstOrDefaultAsync(x => x.ClientId == request.ClientId, cancellationToken)
                ?? throw new NotFoundException("找不到这位老人的探访档案，或您无权查看。");
            var visits = await db.Visits.AsNoTracking().Where(v => v.ClientId == e.ClientId).OrderByDescending(v => v.VisitedAt).Take(100).ToListAsync(cancellationToken);
            var last = visits.Where(v => !v.IsWithdrawn).Select(v => (DateOnly?)v.VisitedOn).FirstOrDefault();
            return new ElderView(
                e.ClientId, e.StationId, e.Name, e.WorkerId, e.Situation, e.Activities, ElderTerms.SelfCareLevel(e.Activities), e.EmergencyContacts, e.Carer, e.Tier, e.Every,
                last, last is { } l ? ElderlyRules.Next(l, e.Every) : e.Since,
                visits.Select(v => new ElderVisitView(v.Id, v.Kind, LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)), v.WorkerId, v.Content, v.Health, v.Safety, v.Living, v.Needs, v.Urgent, v.IsWithdrawn, v.WithdrawReason)).ToList())
            {
                Standing = await files.StandingAsync(e, cancellationToken),
            };
        }
    }
}

public sealed record ElderView(string ClientId, string StationId, string Name, string WorkerId, ElderSituation Situation, IReadOnlyList<SelfCare> Activities, string SelfCareLevel, string? EmergencyContacts, string? Carer, RiskTier Tier, VisitEvery Every, DateOnly? LastVisit, DateOnly NextDue, IReadOnlyList<ElderVisitView> Visits)
{
    /// <summary>Open, archived or closed, and the profile's history.</summary>
    public ClientFileStanding Standing { get; init; } = null!;
}

public sealed record ElderVisitView(string Id, ElderVisitKind Kind, DateTimeOffset VisitedAt, string WorkerId, string Content, string? Health, string? Safety, string? Living, string? Needs, bool Urgent, bool IsWithdrawn, string? WithdrawReason);
