using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>One child's file and visits; another station's child is not found.</summary>
[Requires(ChildWelfarePermissions.View)]
internal sealed record GetChild(string ClientId) : IRequest<ChildView>
{
    internal sealed class Handler(ChildWelfareDb db, ChildFiles files) : IRequestHandler<GetChild, ChildView>
    {
        public async Task<ChildView> Handle(GetChild request, CancellationToken cancellationToken)
        {
            var file = await db.Children.AsNoTracking().FirstOrDefaultAsync(c => c.ClientId == request.ClientId, cancellationToken)
                ?? throw new NotFoundException("找不到这名儿童的档案，或您无权查看。");
            var visits = await db.Visits.AsNoTracking().Where(v => v.ClientId == file.ClientId).OrderByDescending(v => v.VisitedAt).Take(100).ToListAsync(cancellationToken);
            return new ChildView
            {
                ClientId = file.ClientId,
                StationId = file.StationId,
                Name = file.Name,
                WorkerId = file.WorkerId,
                IsKeyChild = file.IsKeyChild,
                KeySince = file.KeySince,
                Status = file.Status,
                GuardianName = file.GuardianName,
                GuardianRelation = file.GuardianRelation,
                GuardianPhone = file.GuardianPhone,
                GuardianCapacity = file.GuardianCapacity,
                CaregiverName = file.CaregiverName,
                CaregiverRelation = file.CaregiverRelation,
                CaregiverPhone = file.CaregiverPhone,
                Father = file.Father,
                FatherEvidence = file.FatherEvidence,
                FatherSince = file.FatherSince,
                Mother = file.Mother,
                MotherEvidence = file.MotherEvidence,
                MotherSince = file.MotherSince,
                Schooling = file.Schooling,
                Health = file.Health,
                Disability = file.Disability,
                ChildDirector = file.ChildDirector,
                Risk = file.Risk,
                RiskReasons = file.RiskReasons,
                Visits = visits.Select(v => new CareVisitView
                {
                    Id = v.Id,
                    Kind = v.Kind,
                    VisitedAt = LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)),
                    WorkerId = v.WorkerId,
                    Content = v.Content,
                    LivingConditions = v.LivingConditions,
                    Guardianship = v.Guardianship,
                    Schooling = v.Schooling,
                    Health = v.Health,
                    Safety = v.Safety,
                    Needs = v.Needs,
                    NeedKind = v.NeedKind,
                    ChildInDanger = v.ChildInDanger,
                    ReportedTo = v.ChildInDanger ? ChildMessages.Targets(v.ReportedTo) : null,
                    ReportedAt = v.ReportedAt is { } at ? LocalTime.Of(new DateTimeOffset(at, TimeSpan.Zero)) : null,
                    ReportReference = v.ReportReference,
                    Credited = v.Credited,
                    IsWithdrawn = v.IsWithdrawn,
                    WithdrawReason = v.WithdrawReason,
                    Photos = v.Photos.Count,
                }).ToList(),
                Standing = await files.StandingAsync(file, cancellationToken),
            };
        }
    }
}

public sealed record ChildView
{
    public required string ClientId { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string WorkerId { get; init; }

    public required bool IsKeyChild { get; init; }

    public required DateOnly? KeySince { get; init; }

    public required CareStatus Status { get; init; }

    public required string? GuardianName { get; init; }

    public required string? GuardianRelation { get; init; }

    public required string? GuardianPhone { get; init; }

    public required string? GuardianCapacity { get; init; }

    public required string? CaregiverName { get; init; }

    public required string? CaregiverRelation { get; init; }

    public required string? CaregiverPhone { get; init; }

    public required ParentSituation Father { get; init; }

    public required string? FatherEvidence { get; init; }

    public required DateOnly? FatherSince { get; init; }

    public required ParentSituation Mother { get; init; }

    public required string? MotherEvidence { get; init; }

    public required DateOnly? MotherSince { get; init; }

    public required string? Schooling { get; init; }

    public required string? Health { get; init; }

    public required string? Disability { get; init; }

    public required string? ChildDirector { get; init; }

    public required RiskLevel Risk { get; init; }

    public required string? RiskReasons { get; init; }

    public required IReadOnlyList<CareVisitView> Visits { get; init; }

    /// <summary>Open, archived or closed, and the file's history.</summary>
    public ClientFileStanding Standing { get; init; } = null!;
}

public sealed record CareVisitView
{
    public required string Id { get; init; }

    public required ChildVisitKind Kind { get; init; }

    public required DateTimeOffset VisitedAt { get; init; }

    public required string WorkerId { get; init; }

    public required string Content { get; init; }

    public required string? LivingConditions { get; init; }

    public required string? Guardianship { get; init; }

    public required string? Schooling { get; init; }

    public required string? Health { get; init; }

    public required string? Safety { get; init; }

    public required string? Needs { get; init; }

    /// <summary>A <see cref="Platform.Contracts.Registry.NeedKinds"/> code; null on visits recorded before kinds were kept.</summary>
    public required string? NeedKind { get; init; }

    public required bool ChildInDanger { get; init; }

    public required string? ReportedTo { get; init; }

    public required DateTimeOffset? ReportedAt { get; init; }

    public required string? ReportReference { get; init; }

    public required bool Credited { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    public required int Photos { get; init; }
}
