using MediatR;
using Platform.Modularity.ClientFiles;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Files;

/// <summary>
/// Who may have an assistance record — a client holding 低保, 特困, 低保边缘 or 支出型困难 — and, from the kit, the record
/// following the registry: a transfer moves it with its programmes and reviews, an archive takes it off the lists until a
/// restore, losing every such category closes it.
/// </summary>
internal sealed class SocialAssistanceFiles(SocialAssistanceDb db, IMediator mediator, TimeProvider clock) : ClientFiles<SocialAssistanceDb, AssistanceFile>(db, mediator, clock)
{
    public static readonly ClientFileKind Eligible = new("社会救助档案", ["DIBAO", "TEKUN_JZ", "TEKUN_FS", "DIBAO_EDGE", "RIGID_EXP"]);

    protected override ClientFileKind Kind => Eligible;
}
