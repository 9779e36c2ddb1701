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

    internal static ProfileView ProfileOf(Domain.Client client) => new ProfileView
    {
        Health = client.Profile.Health,
        ChronicIllness = client.Profile.ChronicIllness,
        Disability = client.Profile.Disability,
        SelfCare = client.Profile.SelfCare,
        SelfCareName = client.Profile.SelfCare is { } selfCare ? ArchiveCompletion.NameOf(selfCare) : null,
        Psychological = client.Profile.Psychological,
        FamilyStructure = client.Profile.FamilyStructure,
        Guardian = client.Profile.Guardian,
        IncomeSources = client.Profile.IncomeSources,
        Housing = client.Profile.Housing,
        SupportNetwork = client.Profile.SupportNetwork,
    };

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<GetClientDetails, ClientDetails>
    {
        public async Task<ClientDetails> Handle(GetClientDetails request, CancellationToken cancellationToken)
        {
            var client = await db.Clients.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
            var today = LocalTime.Today(clock);
            return new ClientDetails
            {
                Id = client.Id,
                StationId = client.StationId,
                Name = client.Name,
                Sex = client.Sex,
                BirthDate = client.BirthDate,
                IdNumber = client.IdNumber,
                NoIdReason = client.NoIdReason,
                Ethnicity = client.Ethnicity,
                Phone = client.Phone,
                RegisteredAddress = client.RegisteredAddress,
                Address = client.CurrentAddress,
                Village = client.Village,
                IsArchived = client.IsArchived,
                Categories = client.Categories.OrderBy(h => h.StartDate)
                    .Select(h => new CategoryPeriod(h.Code, ClientCategories.NameOf(h.Code), h.StartDate, h.EndDate, h.Basis, h.IsHeldOn(today)))
                    .ToList(),
                CreatedAt = new DateTimeOffset(DateTime.SpecifyKind(client.CreatedAt, DateTimeKind.Utc)),
                UpdatedAt = new DateTimeOffset(DateTime.SpecifyKind(client.UpdatedAt, DateTimeKind.Utc)),
                ArchiveReason = client.ArchiveReason,
                Transfers = client.Transfers.OrderBy(t => t.At)
                    .Select(t => new TransferPeriod(t.FromStationId, t.ToStationId, new DateTimeOffset(DateTime.SpecifyKind(t.At, DateTimeKind.Utc)), t.ByUser, t.Reason))
                    .ToList(),
                Profile = ProfileOf(client),
                Needs = client.Needs.OrderBy(n => n.IsOpen ? 0 : 1).ThenByDescending(n => n.Priority).ThenBy(n => n.Id)
                    .Select(n => new NeedView
                    {
                        Id = n.Id,
                        Kind = n.Kind,
                        KindName = NeedKinds.NameOf(n.Kind),
                        Description = n.Description,
                        Priority = n.Priority,
                        PriorityName = ArchiveCompletion.NameOf(n.Priority),
                        Status = n.Status,
                        StatusName = ArchiveCompletion.NameOf(n.Status),
                        Note = n.Note,
                        Source = n.Source,
                    })
                    .ToList(),
                Archive = ArchiveCompletion.Progress(client),
                ArchiveCompletedAt = client.ArchiveCompletedAt is { } completed ? new DateTimeOffset(DateTime.SpecifyKind(completed, DateTimeKind.Utc)) : null,
            };
        }
    }
}

/// <summary>A client's archive as its own station sees it.</summary>
public sealed record ClientDetails
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required Sex Sex { get; init; }

    public required DateOnly? BirthDate { get; init; }

    public required string? IdNumber { get; init; }

    public required string? NoIdReason { get; init; }

    public required string? Ethnicity { get; init; }

    public required string? Phone { get; init; }

    public required string? RegisteredAddress { get; init; }

    public required string? Address { get; init; }

    public required string? Village { get; init; }

    public required bool IsArchived { get; init; }

    public required IReadOnlyList<CategoryPeriod> Categories { get; init; }

    public required DateTimeOffset CreatedAt { get; init; }

    public required DateTimeOffset UpdatedAt { get; init; }

    public required string? ArchiveReason { get; init; }

    public required IReadOnlyList<TransferPeriod> Transfers { get; init; }

    public required ProfileView Profile { get; init; }

    public required IReadOnlyList<NeedView> Needs { get; init; }

    public required ArchiveProgress Archive { get; init; }

    public required DateTimeOffset? ArchiveCompletedAt { get; init; }
}

/// <summary>The physiological, psychological and social sections.</summary>
public sealed record ProfileView
{
    public required string? Health { get; init; }

    public required string? ChronicIllness { get; init; }

    public required string? Disability { get; init; }

    public required Domain.SelfCare? SelfCare { get; init; }

    public required string? SelfCareName { get; init; }

    public required string? Psychological { get; init; }

    public required string? FamilyStructure { get; init; }

    public required string? Guardian { get; init; }

    public required string? IncomeSources { get; init; }

    public required string? Housing { get; init; }

    public required string? SupportNetwork { get; init; }
}

/// <summary>A need with its kind, priority and status, in codes and in words.</summary>
public sealed record NeedView
{
    public required long Id { get; init; }

    public required string Kind { get; init; }

    public required string KindName { get; init; }

    public required string Description { get; init; }

    public required NeedPriority Priority { get; init; }

    public required string PriorityName { get; init; }

    public required NeedStatus Status { get; init; }

    public required string StatusName { get; init; }

    public required string? Note { get; init; }

    public required string? Source { get; init; }
}

/// <summary>A move of the archive between stations.</summary>
public sealed record TransferPeriod(string FromStationId, string ToStationId, DateTimeOffset At, string? ByUser, string Reason);

/// <summary>A category held over a period.</summary>
public sealed record CategoryPeriod(string Code, string Name, DateOnly StartDate, DateOnly? EndDate, string? Basis, bool IsCurrent);
