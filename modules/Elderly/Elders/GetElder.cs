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
            return new ElderView
            {
                ClientId = e.ClientId,
                StationId = e.StationId,
                Name = e.Name,
                WorkerId = e.WorkerId,
                Situation = e.Situation,
                Activities = e.Activities,
                SelfCareLevel = ElderTerms.SelfCareLevel(e.Activities),
                EmergencyContacts = e.EmergencyContacts,
                Carer = e.Carer,
                Tier = e.Tier,
                Every = e.Every,
                LastVisit = last,
                NextDue = last is { } l ? ElderlyRules.Next(l, e.Every) : e.Since,
                Visits = visits.Select(v => new ElderVisitView
                {
                    Id = v.Id,
                    Kind = v.Kind,
                    VisitedAt = LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)),
                    WorkerId = v.WorkerId,
                    Content = v.Content,
                    Health = v.Health,
                    Safety = v.Safety,
                    Living = v.Living,
                    Needs = v.Needs,
                    NeedKind = v.NeedKind,
                    Urgent = v.Urgent,
                    IsWithdrawn = v.IsWithdrawn,
                    WithdrawReason = v.WithdrawReason,
                    Photos = v.Photos.Count,
                }).ToList(),
                Standing = await files.StandingAsync(e, cancellationToken),
            };
        }
    }
}

public sealed record ElderView
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required ElderSituation Situation { get; init; }

    public required IReadOnlyList<SelfCare> Activities { get; init; }

    public required string SelfCareLevel { get; init; }

    public required string? EmergencyContacts { get; init; }

    public required string? Carer { get; init; }

    public required RiskTier Tier { get; init; }

    public required VisitEvery Every { get; init; }

    public required DateOnly? LastVisit { get; init; }

    public required DateOnly NextDue { get; init; }

    public required IReadOnlyList<ElderVisitView> Visits { get; init; }

    /// <summary>Open, archived or closed, and the profile's history.</summary>
    public ClientFileStanding Standing { get; init; } = null!;
}

public sealed record ElderVisitView
{
    public required string Id { get; init; }

    public required ElderVisitKind Kind { get; init; }

    public required DateTimeOffset VisitedAt { get; init; }

    public required string WorkerId { get; init; }

    public required string Content { get; init; }

    public required string? Health { get; init; }

    public required string? Safety { get; init; }

    public required string? Living { get; init; }

    public required string? Needs { get; init; }

    /// <summary>A <see cref="Platform.Contracts.Registry.NeedKinds"/> code; null on visits recorded before kinds were kept.</summary>
    public required string? NeedKind { get; init; }

    public required bool Urgent { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    /// <summary>How many photos the visit has (numbered from 1).</summary>
    public required int Photos { get; init; }
}
