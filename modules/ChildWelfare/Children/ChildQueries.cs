using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Notifications;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>The children's files the caller may see (a worker: their station), key children first, with this month's visits.</summary>
[Requires(ChildWelfarePermissions.View)]
public sealed record ListChildren(string? StationId = null, bool KeyOnly = false) : IRequest<IReadOnlyList<ChildLine>>
{
    internal sealed class Handler(ChildWelfareDb db, TimeProvider clock) : IRequestHandler<ListChildren, IReadOnlyList<ChildLine>>
    {
        public async Task<IReadOnlyList<ChildLine>> Handle(ListChildren request, CancellationToken cancellationToken)
        {
            var month = DueChildren.MonthOf(LocalTime.Today(clock));
            var children = db.Children.AsNoTracking().Open();
            if (!string.IsNullOrEmpty(request.StationId))
            {
                children = children.Where(c => c.StationId == request.StationId);
            }

            if (request.KeyOnly)
            {
                children = children.Where(c => c.IsKeyChild);
            }

            var rows = await children.OrderByDescending(c => c.IsKeyChild).ThenBy(c => c.Name)
                .Select(c => new
                {
                    c.ClientId, c.StationId, c.Name, c.WorkerId, c.IsKeyChild, c.Risk, c.Father, c.Mother,
                    Visits = db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn),
                    Last = db.Visits.Where(v => v.ClientId == c.ClientId && !v.IsWithdrawn).Max(v => (DateTime?)v.VisitedAt),
                })
                .ToListAsync(cancellationToken);
            return rows.Select(r => new ChildLine(r.ClientId, r.StationId, r.Name, r.WorkerId, r.IsKeyChild, r.Risk, Guardianship.StatusOf(r.Father, r.Mother), r.Visits, r.Last is { } last ? LocalTime.DateOf(new DateTimeOffset(last, TimeSpan.Zero)) : null)).ToList();
        }
    }
}

/// <summary>A child in a list: key or not, risk, computed care status, home visits this month, last contact.</summary>
public sealed record ChildLine(string ClientId, string StationId, string Name, string WorkerId, bool IsKeyChild, RiskLevel Risk, CareStatus Status, int HomeVisitsThisMonth, DateOnly? LastVisit);

/// <summary>One child's file and visits; another station's child is not found.</summary>
[Requires(ChildWelfarePermissions.View)]
public sealed record GetChild(string ClientId) : IRequest<ChildView>
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

/// <summary>A photo of a care visit the caller may see (numbered from 1): the copy for phones, or the original.</summary>
[Requires(ChildWelfarePermissions.View)]
public sealed record GetCareVisitPhoto(string VisitId, int Number, bool Original = false) : IRequest<Platform.Modularity.Files.OpenedUpload>
{
    internal sealed class Handler(ChildWelfareDb db, Platform.Modularity.Files.IUploadStore store) : IRequestHandler<GetCareVisitPhoto, Platform.Modularity.Files.OpenedUpload>
    {
        public async Task<Platform.Modularity.Files.OpenedUpload> Handle(GetCareVisitPhoto request, CancellationToken cancellationToken)
        {
            var visit = await db.Visits.AsNoTracking().FirstOrDefaultAsync(v => v.Id == request.VisitId, cancellationToken);
            var photo = visit is null || request.Number < 1 || request.Number > visit.Photos.Count ? null : visit.Photos[request.Number - 1];
            if (photo is null)
            {
                throw new NotFoundException("找不到这张照片，或您无权查看。");
            }

            return await store.OpenAsync(request.Original ? photo.Key : photo.ViewKey, cancellationToken) ?? throw new NotFoundException("照片文件已不存在。");
        }
    }
}

/// <summary>The key children not yet home-visited as often as the rule asks this month (the due list), of a station or all the caller sees.</summary>
[Requires(ChildWelfarePermissions.View)]
public sealed record ListDueChildren(string? StationId = null, DateOnly? Day = null) : IRequest<IReadOnlyList<DueChild>>
{
    internal sealed class Handler(ChildWelfareDb db, ChildWelfareRules rules, TimeProvider clock) : IRequestHandler<ListDueChildren, IReadOnlyList<DueChild>>
    {
        public Task<IReadOnlyList<DueChild>> Handle(ListDueChildren request, CancellationToken cancellationToken) =>
            DueChildren.ListAsync(db, rules, request.Day ?? LocalTime.Today(clock), request.StationId, null, cancellationToken);
    }
}

/// <summary>A key child still owed a home visit this month, and the worker responsible.</summary>
public sealed record DueChild(string ClientId, string StationId, string Name, string WorkerId, RiskLevel Risk, int HomeVisits, int Owed, DateOnly DueBy);

/// <summary>Per station: files, key children, key children visited this month, still owed, and risk levels.</summary>
[Requires(ChildWelfarePermissions.View)]
public sealed record GetChildOverview : IRequest<IReadOnlyList<StationChildren>>
{
    internal sealed class Handler(ChildWelfareDb db, ChildWelfareRules rules, TimeProvider clock) : IRequestHandler<GetChildOverview, IReadOnlyList<StationChildren>>
    {
        public async Task<IReadOnlyList<StationChildren>> Handle(GetChildOverview request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var month = DueChildren.MonthOf(today);
            var rows = await db.Children.AsNoTracking().Open()
                .GroupBy(c => c.StationId)
                .Select(g => new
                {
                    StationId = g.Key,
                    Files = g.Count(),
                    Key = g.Count(c => c.IsKeyChild),
                    High = g.Count(c => c.Risk == RiskLevel.High),
                    Medium = g.Count(c => c.Risk == RiskLevel.Medium),
                })
                .ToListAsync(cancellationToken);
            var visited = await db.Children.AsNoTracking().Open().Where(c => c.IsKeyChild)
                .Where(c => db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn) >= rules.KeyChildHomeVisitsPerMonth)
                .GroupBy(c => c.StationId).Select(g => new { g.Key, Count = g.Count() }).ToDictionaryAsync(g => g.Key, g => g.Count, cancellationToken);
            return rows.Select(r => new StationChildren(r.StationId, r.Files, r.Key, visited.GetValueOrDefault(r.StationId), r.Key - visited.GetValueOrDefault(r.StationId), r.High, r.Medium)).ToList();
        }
    }
}

public sealed record StationChildren(string StationId, int Files, int KeyChildren, int VisitedThisMonth, int StillOwed, int HighRisk, int MediumRisk);

/// <summary>The due-list computation shared by the page, the API, the digest and the reminder: one query, all children at once.</summary>
internal static class DueChildren
{
    public static int MonthOf(DateOnly day) => (day.Year * 100) + day.Month;

    public static async Task<IReadOnlyList<DueChild>> ListAsync(ChildWelfareDb db, ChildWelfareRules rules, DateOnly day, string? stationId, string? workerId, CancellationToken cancellationToken)
    {
        var month = MonthOf(day);
        var dueBy = new DateOnly(day.Year, day.Month, 1).AddMonths(1).AddDays(-1);
        var children = db.Children.AsNoTracking().Open().Where(c => c.IsKeyChild);
        if (!string.IsNullOrEmpty(stationId))
        {
            children = children.Where(c => c.StationId == stationId);
        }

        if (!string.IsNullOrEmpty(workerId))
        {
            children = children.Where(c => c.WorkerId == workerId);
        }

        var owed = rules.KeyChildHomeVisitsPerMonth;
        var rows = await children
            .Select(c => new { c.ClientId, c.StationId, c.Name, c.WorkerId, c.Risk, Visits = db.Visits.Count(v => v.ClientId == c.ClientId && v.Month == month && v.Kind == ChildVisitKind.Home && !v.IsWithdrawn) })
            .Where(c => c.Visits < owed)
            .ToListAsync(cancellationToken);
        return rows.OrderByDescending(r => r.Risk).ThenBy(r => r.Name).Select(r => new DueChild(r.ClientId, r.StationId, r.Name, r.WorkerId, r.Risk, r.Visits, owed - r.Visits, dueBy)).ToList();
    }
}

/// <summary>Every key child still owed this month's home visit joins the worker's daily digest, due by the month's end.</summary>
internal sealed class DueItemsHandler(ChildWelfareDb db, ChildWelfareRules rules) : INotificationHandler<GatherDueItems>
{
    public async Task Handle(GatherDueItems notification, CancellationToken cancellationToken)
    {
        foreach (var child in await DueChildren.ListAsync(db, rules, notification.Day, null, notification.WorkerId, cancellationToken))
        {
            notification.Add(new DueItem(child.WorkerId, ChildMessages.Module, "儿童关爱探视", $"{child.Name}：本月尚未入户探视{(child.Risk == RiskLevel.High ? "（高风险）" : "")}", child.DueBy, $"/child-welfare/visits/create?clientId={child.ClientId}"));
        }
    }
}
