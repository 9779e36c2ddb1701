using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The whole archive of one client, with the full ID number and phone; every such view is audited (PIPL: access log).</summary>
[Requires(RegistryPermissions.View)]
internal sealed record GetClientDetails(string Id) : IRequest<ClientDetails>, IAudited
{
    string IAudited.AuditAction => "查看服务对象档案（含完整身份证号）";

    string? IAudited.AuditTarget => Id;

    internal static ProfileView ProfileOf(Domain.Client client) => new(
        client.Profile.Health,
        client.Profile.ChronicIllness,
        client.Profile.Disability,
        client.Profile.SelfCare,
        client.Profile.SelfCare is { } selfCare ? ArchiveCompletion.NameOf(selfCare) : null,
        client.Profile.Psychological,
        client.Profile.FamilyStructure,
        client.Profile.Guardian,
        client.Profile.IncomeSources,
        client.Profile.Housing,
        client.Profile.SupportNetwork);

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<GetClientDetails, ClientDetails>
    {
        public async Task<ClientDetails> Handle(GetClientDetails request, CancellationToken cancellationToken)
        {
            var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
            var today = LocalTime.Today(clock);
            return new ClientDetails(
                client.Id,
                client.StationId,
                client.Name,
                client.Sex,
                client.BirthDate,
                client.IdNumber,
                client.NoIdReason,
                client.Ethnicity,
                client.Phone,
                client.RegisteredAddress,
                client.CurrentAddress,
                client.Village,
                client.IsArchived,
                client.Categories.OrderBy(h => h.StartDate)
                    .Select(h => new CategoryPeriod(h.Code, ClientCategories.NameOf(h.Code), h.StartDate, h.EndDate, h.Basis, h.IsHeldOn(today)))
                    .ToList(),
                new DateTimeOffset(DateTime.SpecifyKind(client.CreatedAt, DateTimeKind.Utc)),
                new DateTimeOffset(DateTime.SpecifyKind(client.UpdatedAt, DateTimeKind.Utc)),
                client.ArchiveReason,
                client.Transfers.OrderBy(t => t.At)
                    .Select(t => new TransferPeriod(t.FromStationId, t.ToStationId, new DateTimeOffset(DateTime.SpecifyKind(t.At, DateTimeKind.Utc)), t.ByUser, t.Reason))
                    .ToList(),
                ProfileOf(client),
                client.Needs.OrderBy(n => n.IsOpen ? 0 : 1).ThenByDescending(n => n.Priority).ThenBy(n => n.Id)
                    .Select(n => new NeedView(n.Id, n.Kind, NeedKinds.NameOf(n.Kind), n.Description, n.Priority, ArchiveCompletion.NameOf(n.Priority), n.Status, ArchiveCompletion.NameOf(n.Status), n.Note, n.Source))
                    .ToList(),
                ArchiveCompletion.Progress(client),
                client.ArchiveCompletedAt is { } completed ? new DateTimeOffset(DateTime.SpecifyKind(completed, DateTimeKind.Utc)) : null);
        }
    }
}

/// <summary>A client's archive as its own station sees it.</summary>
public sealed record ClientDetails(
    string Id,
    string StationId,
    string Name,
    Sex Sex,
    DateOnly? BirthDate,
    string? IdNumber,
    string? NoIdReason,
    string? Ethnicity,
    string? Phone,
    string? RegisteredAddress,
    string? Address,
    string? Village,
    bool IsArchived,
    IReadOnlyList<CategoryPeriod> Categories,
    DateTimeOffset CreatedAt,
    DateTimeOffset UpdatedAt,
    string? ArchiveReason,
    IReadOnlyList<TransferPeriod> Transfers,
    ProfileView Profile,
    IReadOnlyList<NeedView> Needs,
    ArchiveProgress Archive,
    DateTimeOffset? ArchiveCompletedAt);

/// <summary>The physiological, psychological and social sections.</summary>
public sealed record ProfileView(
    string? Health,
    string? ChronicIllness,
    string? Disability,
    Domain.SelfCare? SelfCare,
    string? SelfCareName,
    string? Psychological,
    string? FamilyStructure,
    string? Guardian,
    string? IncomeSources,
    string? Housing,
    string? SupportNetwork);

/// <summary>A need with its kind, priority and status, in codes and in words.</summary>
public sealed record NeedView(long Id, string Kind, string KindName, string Description, NeedPriority Priority, string PriorityName, NeedStatus Status, string StatusName, string? Note, string? Source);

/// <summary>A move of the archive between stations.</summary>
public sealed record TransferPeriod(string FromStationId, string ToStationId, DateTimeOffset At, string? ByUser, string Reason);

/// <summary>A category held over a period.</summary>
public sealed record CategoryPeriod(string Code, string Name, DateOnly StartDate, DateOnly? EndDate, string? Basis, bool IsCurrent);
