using MediatR;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample.Files;

/// <summary>
/// Who may have the module's file — a client holding 最低生活保障对象 (add <c>MinAge</c>/<c>UnderAge</c> for an age range) —
/// and, from the kit, the file following the registry: a transfer moves it with its visits, an archive takes it off the
/// lists until a restore, losing the category closes it.
/// </summary>
internal sealed class SampleFiles(SampleDb db, IMediator mediator, TimeProvider clock) : ClientFiles<SampleDb, SampleFile>(db, mediator, clock)
{
    public static readonly ClientFileKind Eligible = new("示例模块档案", ["DIBAO"]);

    protected override ClientFileKind Kind => Eligible;
}
