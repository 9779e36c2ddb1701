using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modules.SocialAssistance.Agreements;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Reviews;

namespace Platform.Modules.SocialAssistance.Files;

/// <summary>A household's assistance record: its programmes (in force and ended), its reviews with their assessment reference; another station's is not found.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record GetHousehold(string ClientId) : IRequest<HouseholdView>
{
    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<GetHousehold, HouseholdView>
    {
        public async Task<HouseholdView> Handle(GetHousehold request, CancellationToken cancellationToken)
        {
            var file = await files.Files.AsNoTracking().FirstOrDefaultAsync(f => f.ClientId == request.ClientId, cancellationToken)
                ?? throw new NotFoundException($"找不到这户家庭的{SocialAssistanceFiles.Eligible.Title}，或您无权查看。");
            var programmes = await db.Programmes.AsNoTracking().Where(p => p.ClientId == file.ClientId).OrderBy(p => p.EndOn != null).ThenByDescending(p => p.StartOn).ToListAsync(cancellationToken);
            var reviews = await db.Reviews.AsNoTracking().Include(r => r.Members).Where(r => r.ClientId == file.ClientId).OrderByDescending(r => r.VisitedAt).Take(50).ToListAsync(cancellationToken);
            var visits = await db.CareVisits.AsNoTracking().Where(v => v.ClientId == file.ClientId).OrderByDescending(v => v.VisitedAt).Take(24).ToListAsync(cancellationToken);
            var byId = programmes.ToDictionary(p => p.Id);
            var today = LocalTime.Today(clock);
            var agreements = (await AgreementLines.Of(db, db.CareAgreements.AsNoTracking().Where(a => a.ClientId == file.ClientId), null, openFilesOnly: false)
                    .OrderByDescending(a => a.StartOn).Take(50).ToListAsync(cancellationToken))
                .Select(a => a.On(today, rules.AgreementRemindDays)).ToList();
            var dispersed = programmes.Any(p => p.EndOn is null && p.Kind == ProgrammeKind.Tekun && p.Care == TekunCare.Dispersed);
            return new HouseholdView
            {
                ClientId = file.ClientId, StationId = file.StationId, Name = file.Name, WorkerId = file.WorkerId,
                Standing = await files.StandingAsync(file, cancellationToken),
                Agreements = agreements,
                AgreementFlag = !dispersed || agreements.Any(a => a.LastDay >= today) ? null
                    : agreements.FirstOrDefault() is { EndedOn: null } ? AgreementStandings.Expired : AgreementStandings.Unsigned,
                AgreementOwed = dispersed,
                Programmes = programmes.Select(p => new ProgrammeView
                {
                    Id = p.Id, Kind = p.Kind, Area = p.Area, Coverage = p.Coverage, Class = p.Class, Care = p.Care, SelfCare = p.SelfCare, IncomeVaries = p.IncomeVaries,
                    Title = ProgrammeTerms.Describe(p.Kind, p.Area, p.Coverage, p.Class, p.Care, p.SelfCare),
                    StartOn = p.StartOn, ApprovalDocument = p.ApprovalDocument, ApprovalOffice = p.ApprovalOffice, EndOn = p.EndOn, EndReason = p.EndReason,
                    EveryMonths = p.ReviewEveryMonths, ReviewBasis = rules.ReviewBasis(p.Kind, p.Class, p.IncomeVaries), LastReview = p.LastReviewOn, NextDue = p.EndOn is null ? p.NextReviewOn : null,
                    VisitEveryMonths = p.VisitEveryMonths, LastVisit = p.LastVisitOn, NextVisit = p.EndOn is null ? p.NextVisitOn : null,
                }).ToList(),
                Visits = visits.Select(v => new CareVisitView(v.Id, LocalTime.Of(new DateTimeOffset(v.VisitedAt, TimeSpan.Zero)), v.WorkerId, v.Findings)).ToList(),
                Reviews = reviews.Select(r => new ReviewView
                {
                    Id = r.Id, ProgrammeId = r.ProgrammeId, Programme = byId.TryGetValue(r.ProgrammeId, out var p) ? ProgrammeTerms.NameOf(p.Kind) : "",
                    VisitedAt = LocalTime.Of(new DateTimeOffset(r.VisitedAt, TimeSpan.Zero)), WorkerId = r.WorkerId, Findings = r.Findings, Conclusion = r.Conclusion,
                    Assets = r.Assets, Needs = r.Needs, NeedKind = r.NeedKind, IsWithdrawn = r.IsWithdrawn, WithdrawReason = r.WithdrawReason,
                    Members = r.Members.Select(m => new MemberIncome { Name = m.Name, Relation = m.Relation, Wages = m.Wages, Business = m.Business, Property = m.Property, Transfer = m.Transfer }).ToList(),
                    Assessment = EconomicReference.Of(r, byId.GetValueOrDefault(r.ProgrammeId)?.Area ?? AssistanceArea.Rural, rules),
                }).ToList(),
            };
        }
    }
}

/// <summary>A household's assistance record as the page and the API show it.</summary>
public sealed class HouseholdView
{
    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public ClientFileStanding Standing { get; init; } = null!;

    public IReadOnlyList<ProgrammeView> Programmes { get; init; } = [];

    public IReadOnlyList<ReviewView> Reviews { get; init; } = [];

    /// <summary>The care agreements of a 分散供养 特困 person, newest first (the carer's ID number masked).</summary>
    public IReadOnlyList<AgreementLine> Agreements { get; init; } = [];

    /// <summary>Whether the household is on 分散供养 特困 now, and so owes a care agreement.</summary>
    public bool AgreementOwed { get; init; }

    /// <summary>未签协议 or 协议已过期 when the household owes an agreement and none is in force today or later; null otherwise.</summary>
    public string? AgreementFlag { get; init; }

    /// <summary>The monthly visits of a 分散供养 特困 person, newest first (at most 24).</summary>
    public IReadOnlyList<CareVisitView> Visits { get; init; } = [];
}

/// <summary>A monthly visit on the household's page, Beijing time.</summary>
public sealed record CareVisitView(string Id, DateTimeOffset VisitedAt, string WorkerId, string Findings);

/// <summary>A programme period: what, from when, approved by whom, ended why; how often reviewed, on which basis, next when.</summary>
public sealed class ProgrammeView
{
    public string Id { get; init; } = "";

    public ProgrammeKind Kind { get; init; }

    public AssistanceArea? Area { get; init; }

    public DibaoCoverage? Coverage { get; init; }

    public ManagementClass? Class { get; init; }

    public TekunCare? Care { get; init; }

    public SelfCareAbility? SelfCare { get; init; }

    public bool IncomeVaries { get; init; }

    public string Title { get; init; } = "";

    public DateOnly StartOn { get; init; }

    public string ApprovalDocument { get; init; } = "";

    public string ApprovalOffice { get; init; } = "";

    public DateOnly? EndOn { get; init; }

    public string? EndReason { get; init; }

    public int EveryMonths { get; init; }

    public string ReviewBasis { get; init; } = "";

    public DateOnly? LastReview { get; init; }

    public DateOnly? NextDue { get; init; }

    /// <summary>分散供养 特困: months between home visits, the last and the next (null for other programmes).</summary>
    public int? VisitEveryMonths { get; init; }

    public DateOnly? LastVisit { get; init; }

    public DateOnly? NextVisit { get; init; }
}

/// <summary>A review on the household's page, Beijing time, with its assessment and the reference drawn from it.</summary>
public sealed class ReviewView
{
    public string Id { get; init; } = "";

    public string ProgrammeId { get; init; } = "";

    public string Programme { get; init; } = "";

    public DateTimeOffset VisitedAt { get; init; }

    public string WorkerId { get; init; } = "";

    public string Findings { get; init; } = "";

    public ReviewConclusion Conclusion { get; init; }

    public string? Assets { get; init; }

    public string? Needs { get; init; }

    public string? NeedKind { get; init; }

    public bool IsWithdrawn { get; init; }

    public string? WithdrawReason { get; init; }

    public IReadOnlyList<MemberIncome> Members { get; init; } = [];

    public AssessmentView Assessment { get; init; } = null!;
}
