using System.ComponentModel.DataAnnotations;
using MediatR;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Auditing;
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

        private static AuditedFields ProfileSnapshot(ClientProfile p) => new(
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
