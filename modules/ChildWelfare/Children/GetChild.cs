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
            return new ChildView(
                file.ClientId, file.StationId, file.Name, file.WorkerId, file.IsKeyChild, file.KeySince, file.Status,
                file.GuardianName, file.GuardianRelation, file.GuardianPhone, file.GuardianCapacity, file.CaregiverName, file.CaregiverRelation, file.CaregiverPhone,
                file.Father, file.FatherEvidence, file.FatherSince, file.Mother, file.MotherEvidence, file.MotherSince,
                file.Schooling, file.Health, file.Disability, file.ChildDirector, file.Risk, file.RiskReasons,
                visits.Select(v => new CareVisitView(v.Id, v.Kind, LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)), v.WorkerId, v.Content, v.LivingConditions, v.Guardianship, v.Schooling, v.Health, v.Safety, v.Needs, v.ChildInDanger, v.ChildInDanger ? ChildMessages.Targets(v.ReportedTo) : null, v.ReportedAt is { } at ? LocalTime.Of(new DateTimeOffset(at, TimeSpan.Zero)) : null, v.ReportReference, v.Credited, v.IsWithdrawn, v.WithdrawReason, v.Photos.Count)).ToList())
            {
                Standing = await files.StandingAsync(file, cancellationToken),
            };
        }
    }
}

public sealed record ChildView(
    string ClientId, string StationId, string Name, string WorkerId, bool IsKeyChild, DateOnly? KeySince, CareStatus Status,
    string? GuardianName, string? GuardianRelation, string? GuardianPhone, string? GuardianCapacity, string? CaregiverName, string? CaregiverRelation, string? CaregiverPhone,
    ParentSituation Father, string? FatherEvidence, DateOnly? FatherSince, ParentSituation Mother, string? MotherEvidence, DateOnly? MotherSince,
    string? Schooling, string? Health, string? Disability, string? ChildDirector, RiskLevel Risk, string? RiskReasons,
    IReadOnlyList<CareVisitView> Visits)
{
    /// <summary>Open, archived or closed, and the file's history.</summary>
    public ClientFileStanding Standing { get; init; } = null!;
}

public sealed record CareVisitView(string Id, ChildVisitKind Kind, DateTimeOffset VisitedAt, string WorkerId, string Content, string? LivingConditions, string? Guardianship, string? Schooling, string? Health, string? Safety, string? Needs, bool ChildInDanger, string? ReportedTo, DateTimeOffset? ReportedAt, string? ReportReference, bool Credited, bool IsWithdrawn, string? WithdrawReason, int Photos);
