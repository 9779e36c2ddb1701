using MediatR;
using Platform.Modularity.ClientFiles;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>Children's files follow the registry: a child under 18 holding a child category (孤儿, 事实无人抚养, 留守, 困境, 流动).</summary>
internal sealed class ChildFiles(ChildWelfareDb db, IMediator mediator, TimeProvider clock) : ClientFiles<ChildWelfareDb, ChildFile>(db, mediator, clock)
{
    public static readonly ClientFileKind Children = new("儿童档案", ChildCategories.Codes, UnderAge: 18);

    protected override ClientFileKind Kind => Children;
}
