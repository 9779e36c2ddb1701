using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.ClientFiles;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// One page of the care agreements the caller may see (a worker: their station). By default those owed a renewal: the
/// latest agreement of a 分散供养 person still on the programme, ending within <see cref="SocialAssistanceRules.AgreementRemindDays"/>
/// days, expired or ended early, soonest first; <see cref="All"/> lists every agreement.
/// </summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record PageAgreements(string? StationId = null, bool All = false, string? Query = null, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<AgreementPage>
{
    internal static readonly SortColumns<AgreementLine> Columns = new SortColumns<AgreementLine>("due")
        .Add("due", l => l.LastDay)
        .Add("name", l => l.Name)
        .Add("carer", l => l.CarerName)
        .Add("start", l => l.StartOn)
        .ThenBy(l => l.Name)
        .ThenBy(l => l.Id);

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<PageAgreements, AgreementPage>
    {
        public async Task<AgreementPage> Handle(PageAgreements request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var query = request.All ? AgreementLines.Of(db, db.CareAgreements.AsNoTracking(), null) : AgreementLines.Due(db, today.AddDays(rules.AgreementRemindDays), null);
            if (!string.IsNullOrEmpty(request.StationId))
            {
                query = query.Where(l => l.StationId == request.StationId);
            }

            if (!string.IsNullOrWhiteSpace(request.Query))
            {
                var q = request.Query.Trim();
                query = query.Where(l => l.Name.Contains(q) || l.CarerName.Contains(q));
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var rows = await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new AgreementPage(rows with { Items = rows.Items.Select(l => l.On(today, rules.AgreementRemindDays)).ToList() }, sort);
        }
    }
}

/// <summary>The 分散供养 特困 people on the programme who have never had a care agreement (未签协议), of a station or all the caller sees; at most 500.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record ListUnsigned(string? StationId = null) : IRequest<IReadOnlyList<UnsignedLine>>
{
    internal sealed class Handler(SocialAssistanceDb db) : IRequestHandler<ListUnsigned, IReadOnlyList<UnsignedLine>>
    {
        public async Task<IReadOnlyList<UnsignedLine>> Handle(ListUnsigned request, CancellationToken cancellationToken)
        {
            var programmes = AgreementLines.Dispersed(db);
            if (!string.IsNullOrEmpty(request.StationId))
            {
                programmes = programmes.Where(p => p.StationId == request.StationId);
            }

            return await (from p in programmes
                          where !db.CareAgreements.Any(a => a.ClientId == p.ClientId)
                          join f in db.Files.AsNoTracking().Open() on p.ClientId equals f.ClientId
                          orderby f.Name, p.ClientId
                          select new UnsignedLine(p.ClientId, p.StationId, f.Name, f.WorkerId, p.StartOn, p.SelfCare))
                .Take(500).ToListAsync(cancellationToken);
        }
    }
}

/// <summary>Which of these clients have no care agreement in force today or later (未签协议), and whether their latest one has expired.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record GetAgreementStanding(IReadOnlyCollection<string> ClientIds) : IRequest<IReadOnlyDictionary<string, string>>
{
    internal sealed class Handler(SocialAssistanceDb db, TimeProvider clock) : IRequestHandler<GetAgreementStanding, IReadOnlyDictionary<string, string>>
    {
        public async Task<IReadOnlyDictionary<string, string>> Handle(GetAgreementStanding request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var ids = request.ClientIds.Distinct().Take(500).ToList();
            var latest = await db.CareAgreements.AsNoTracking().Where(a => ids.Contains(a.ClientId))
                .Select(a => new { a.ClientId, a.StartOn, Last = a.EndedOn ?? a.EndOn, Early = a.EndedOn != null })
                .ToListAsync(cancellationToken);
            var byClient = latest.GroupBy(a => a.ClientId).ToDictionary(g => g.Key, g => g.OrderByDescending(a => a.StartOn).First());
            return ids.ToDictionary(id => id, id => byClient.TryGetValue(id, out var a)
                ? a.Last >= today ? "" : a.Early ? AgreementStandings.Unsigned : AgreementStandings.Expired
                : AgreementStandings.Unsigned);
        }
    }
}

/// <summary>The flags a person's care agreement raises: 未签协议 (none in force), 协议已过期 (the latest ran out, not renewed).</summary>
internal static class AgreementStandings
{
    public const string Unsigned = "未签协议";

    public const string Expired = "协议已过期";
}

internal static class AgreementLines
{
    /// <summary>The 分散供养 特困 programmes in force.</summary>
    public static IQueryable<Programme> Dispersed(SocialAssistanceDb db) =>
        db.Programmes.AsNoTracking().Where(p => p.EndOn == null && p.Kind == ProgrammeKind.Tekun && p.Care == TekunCare.Dispersed);

    /// <summary>
    /// The latest agreement of each person still on a 分散供养 programme (and whose file is open) whose last day is on or
    /// before <paramref name="horizon"/>: to renew soon, or already run out or ended early.
    /// </summary>
    public static IQueryable<AgreementLine> Due(SocialAssistanceDb db, DateOnly horizon, string? workerId)
    {
        var dispersed = Dispersed(db);
        var all = db.CareAgreements.AsNoTracking();
        var due = all.Where(a => (a.EndedOn ?? a.EndOn) <= horizon
            && !all.Any(b => b.ClientId == a.ClientId && b.StartOn > a.StartOn)
            && dispersed.Any(p => p.ClientId == a.ClientId));
        return Of(db, due, workerId);
    }

    public static IQueryable<AgreementLine> Of(SocialAssistanceDb db, IQueryable<CareAgreement> agreements, string? workerId, bool openFilesOnly = true)
    {
        var files = openFilesOnly ? db.Files.AsNoTracking().Open() : db.Files.AsNoTracking();
        if (!string.IsNullOrEmpty(workerId))
        {
            files = files.Where(f => f.WorkerId == workerId);
        }

        return from a in agreements
               join f in files on a.ClientId equals f.ClientId
               select new AgreementLine
               {
                   Id = a.Id, ClientId = a.ClientId, StationId = a.StationId, Name = f.Name, WorkerId = f.WorkerId,
                   CarerName = a.CarerName, CarerRelation = a.CarerRelation, CarerPhone = a.CarerPhone, CarerIdNumber = a.CarerIdNumber,
                   Duties = a.Duties, FeeBand = a.FeeBand, MonthlyFee = a.MonthlyFee, StartOn = a.StartOn, EndOn = a.EndOn, EndedOn = a.EndedOn,
                   LastDay = a.EndedOn ?? a.EndOn, EndReason = a.EndReason, SignedBy = a.SignedBy, SignedOn = a.SignedOn, HasScan = a.ScanKey != null,
                   ScanFileName = a.ScanFileName, Version = EF.Property<int>(a, ModuleModel.VersionProperty),
               };
    }
}

/// <summary>A care agreement on a list or the household's page (the carer's ID number masked), with where it stands today.</summary>
public sealed class AgreementLine
{
    public string Id { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public string CarerName { get; init; } = "";

    public string CarerRelation { get; init; } = "";

    public string CarerPhone { get; init; } = "";

    /// <summary>Masked (first six and last four) once the line is read.</summary>
    public string? CarerIdNumber { get; init; }

    public string Duties { get; init; } = "";

    public SelfCareAbility FeeBand { get; init; }

    public string FeeBandName => AgreementTerms.BandName(FeeBand);

    public decimal? MonthlyFee { get; init; }

    public DateOnly StartOn { get; init; }

    public DateOnly EndOn { get; init; }

    public DateOnly? EndedOn { get; init; }

    public DateOnly LastDay { get; init; }

    public string? EndReason { get; init; }

    public string SignedBy { get; init; } = "";

    public DateOnly SignedOn { get; init; }

    public bool HasScan { get; init; }

    public string? ScanFileName { get; init; }

    public int Version { get; init; }

    /// <summary>未生效, 生效中, 即将到期, 已过期 or 已提前终止 (after <see cref="On"/>).</summary>
    public string State { get; init; } = "";

    /// <summary>Days to the last day (negative: past).</summary>
    public int DaysLeft { get; init; }

    public bool IsInForce => State is "生效中" or "即将到期";

    public bool IsLapsed => State is "已过期" or "已提前终止";

    /// <summary>The line as the caller is shown it on <paramref name="today"/>: the ID number masked, the state worked out.</summary>
    internal AgreementLine On(DateOnly today, int remindDays) => new()
    {
        Id = Id, ClientId = ClientId, StationId = StationId, Name = Name, WorkerId = WorkerId, CarerName = CarerName, CarerRelation = CarerRelation, CarerPhone = CarerPhone,
        CarerIdNumber = Masking.IdNumber(CarerIdNumber), Duties = Duties, FeeBand = FeeBand, MonthlyFee = MonthlyFee, StartOn = StartOn, EndOn = EndOn, EndedOn = EndedOn,
        LastDay = LastDay, EndReason = EndReason, SignedBy = SignedBy, SignedOn = SignedOn, HasScan = HasScan, ScanFileName = ScanFileName, Version = Version,
        State = AgreementTerms.StateOf(StartOn, LastDay, EndedOn is not null, today, remindDays), DaysLeft = LastDay.DayNumber - today.DayNumber,
    };
}

/// <summary>A page of agreements and how it is sorted.</summary>
public sealed record AgreementPage(Paged<AgreementLine> Rows, ListSort Sort);

/// <summary>A 分散供养 特困 person without any care agreement: whose, on the programme since, self-care ability.</summary>
public sealed record UnsignedLine(string ClientId, string StationId, string Name, string WorkerId, DateOnly OnSince, SelfCareAbility? SelfCare);
