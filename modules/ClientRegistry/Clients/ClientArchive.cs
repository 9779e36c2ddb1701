using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Fills the physiological, psychological and social sections of a client's archive; answers what is still missing.</summary>
[Requires(RegistryPermissions.Register)]
public sealed class UpdateClientArchive : IRequest<ArchiveProgress>, IAudited
{
    public string Id { get; set; } = "";

    [StringLength(200, ErrorMessage = "健康状况不能超过 200 个字。")]
    public string? Health { get; set; }

    [StringLength(200, ErrorMessage = "慢性病情况不能超过 200 个字。")]
    public string? ChronicIllness { get; set; }

    [StringLength(200, ErrorMessage = "残疾情况不能超过 200 个字。")]
    public string? Disability { get; set; }

    public SelfCare? SelfCare { get; set; }

    [StringLength(500, ErrorMessage = "心理状况不能超过 500 个字。")]
    public string? Psychological { get; set; }

    [StringLength(200, ErrorMessage = "家庭结构不能超过 200 个字。")]
    public string? FamilyStructure { get; set; }

    [StringLength(200, ErrorMessage = "监护人或照料人不能超过 200 个字。")]
    public string? Guardian { get; set; }

    [StringLength(200, ErrorMessage = "收入来源不能超过 200 个字。")]
    public string? IncomeSources { get; set; }

    [StringLength(200, ErrorMessage = "住房情况不能超过 200 个字。")]
    public string? Housing { get; set; }

    [StringLength(200, ErrorMessage = "社会支持网络不能超过 200 个字。")]
    public string? SupportNetwork { get; set; }

    string IAudited.AuditAction => "修改服务对象档案（生理、心理、社会状况）";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Changes;

    internal string? Changes { get; private set; }

    internal sealed class Handler(RegistryDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<UpdateClientArchive, ArchiveProgress>
    {
        public async Task<ArchiveProgress> Handle(UpdateClientArchive request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            var before = ProfileSnapshot(client.Profile);
            client.SetProfile(
                new ClientProfile
                {
                    Health = request.Health,
                    ChronicIllness = request.ChronicIllness,
                    Disability = request.Disability,
                    SelfCare = request.SelfCare,
                    Psychological = request.Psychological,
                    FamilyStructure = request.FamilyStructure,
                    Guardian = request.Guardian,
                    IncomeSources = request.IncomeSources,
                    Housing = request.Housing,
                    SupportNetwork = request.SupportNetwork,
                },
                clock.GetUtcNow().UtcDateTime);
            request.Changes = ProfileSnapshot(client.Profile).DifferencesFrom(before);
            ArchiveCompletion.CreditIfComplete(db, client, user, clock);
            await db.SaveChangesAsync(cancellationToken);
            return ArchiveCompletion.Progress(client);
        }

        private static ClientSnapshot ProfileSnapshot(ClientProfile p) => new(
        [
            ("健康状况", p.Health),
            ("慢性病", p.ChronicIllness),
            ("残疾情况", p.Disability),
            ("自理能力", p.SelfCare is { } s ? ArchiveCompletion.NameOf(s) : null),
            ("心理状况", p.Psychological),
            ("家庭结构", p.FamilyStructure),
            ("监护人或照料人", p.Guardian),
            ("收入来源", p.IncomeSources),
            ("住房情况", p.Housing),
            ("社会支持网络", p.SupportNetwork),
        ]);
    }
}

/// <summary>Changes a need: its description, priority and status (a need that cannot be met says why).</summary>
[Requires(RegistryPermissions.Register)]
public sealed class UpdateClientNeed : IRequest<Unit>, IAudited
{
    public string ClientId { get; set; } = "";

    public long NeedId { get; set; }

    [Required(ErrorMessage = "请描述这项需求。")]
    [StringLength(500, ErrorMessage = "需求描述不能超过 500 个字。")]
    public string Description { get; set; } = "";

    public NeedPriority Priority { get; set; } = NeedPriority.Medium;

    public NeedStatus Status { get; set; }

    [StringLength(200, ErrorMessage = "说明不能超过 200 个字。")]
    public string? Note { get; set; }

    string IAudited.AuditAction => "修改服务对象需求";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"需求 {NeedId}：{ArchiveCompletion.NameOf(Status)}，{Description}";

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<UpdateClientNeed, Unit>
    {
        public async Task<Unit> Handle(UpdateClientNeed request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var need = client.Needs.FirstOrDefault(n => n.Id == request.NeedId)
                ?? throw new NotFoundException("该服务对象没有这项需求。");
            var now = clock.GetUtcNow().UtcDateTime;
            need.Update(request.Description, request.Priority, request.Status, request.Note, now);
            client.Touch(now);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>Adds a need to the archive: from the archive page, or from another module that found it on a visit.</summary>
internal sealed class AddClientNeedHandler(RegistryDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddClientNeed, long>
{
    public async Task<long> Handle(AddClientNeed request, CancellationToken cancellationToken)
    {
        var client = await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
        var need = client.AddNeed(request.Kind, request.Description ?? "", request.Priority, request.Source, clock.GetUtcNow().UtcDateTime);
        ArchiveCompletion.CreditIfComplete(db, client, request.WorkerId ?? user.UserId ?? "system", clock.GetUtcNow(), clock);
        await db.SaveChangesAsync(cancellationToken);
        return need.Id;
    }
}

/// <summary>The archive's completeness and the one-time 建档 credit.</summary>
internal static class ArchiveCompletion
{
    /// <summary>
    /// When the archive has just become complete, credits the ARCHIVE indicator to the worker who completed it, in
    /// the same transaction (through the outbox, so the credit waits for the ledger if it is not installed). The
    /// source key is the client, so the credit can never be given twice.
    /// </summary>
    public static void CreditIfComplete(RegistryDb db, Client client, ICurrentUser user, TimeProvider clock) =>
        CreditIfComplete(db, client, user.UserId ?? "system", clock.GetUtcNow(), clock);

    /// <summary>The same, for a given worker and moment (the demo seeder completes archives over past months).</summary>
    public static void CreditIfComplete(RegistryDb db, Client client, string workerId, DateTimeOffset at, TimeProvider clock)
    {
        if (!client.CompleteArchiveIfReady(workerId, at.UtcDateTime))
        {
            return;
        }

        db.EnqueueCredit(
            RegistryMessages.Archive(client),
            new ServiceCredit(client.StationId, workerId, Indicators.Archive, 1, LocalTime.DateOf(at), [client.Id], $"建档：{client.Name}", $"/registry/clients/details/{client.Id}"),
            clock);
        Timeline.Add(db, client.Id, "archive-complete", at.UtcDateTime, "建档完成", "基本、生理、心理、社会状况和需求已齐全");
    }

    public static ArchiveProgress Progress(Client client) => new(client.ArchiveCompletedAt is not null, client.MissingForCompletion());

    public static string NameOf(SelfCare value) => value switch
    {
        SelfCare.Able => "完全自理",
        SelfCare.Partly => "部分自理",
        _ => "完全不能自理",
    };

    public static string NameOf(NeedStatus value) => value switch
    {
        NeedStatus.Open => "待跟进",
        NeedStatus.InProgress => "跟进中",
        NeedStatus.Met => "已满足",
        _ => "无法满足",
    };

    public static string NameOf(NeedPriority value) => value switch
    {
        NeedPriority.High => "高",
        NeedPriority.Medium => "中",
        _ => "低",
    };
}

/// <summary>Whether the archive has been completed (and credited), and what it lacks now.</summary>
public sealed record ArchiveProgress(bool Completed, IReadOnlyList<string> Missing);

/// <summary>The archive's sections and completeness without the identity details (not a full-ID view, so not audited as one).</summary>
[Requires(RegistryPermissions.View)]
public sealed record GetClientArchive(string Id) : IRequest<ClientArchiveView>
{
    internal sealed class Handler(RegistryDb db) : IRequestHandler<GetClientArchive, ClientArchiveView>
    {
        public async Task<ClientArchiveView> Handle(GetClientArchive request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.Id, cancellationToken);
            return new ClientArchiveView(client.Id, client.Name, GetClientDetails.ProfileOf(client), ArchiveCompletion.Progress(client));
        }
    }
}

/// <summary>A client's name, archive sections and completeness.</summary>
public sealed record ClientArchiveView(string Id, string Name, ProfileView Profile, ArchiveProgress Archive);
