using MediatR;
using Platform.Modularity.ClientFiles;
using Platform.Modules.Elderly.Data;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

/// <summary>Elders' profiles follow the registry: a client aged 60 or more holding 特殊困难老年人.</summary>
internal sealed class ElderFiles(ElderlyDb db, IMediator mediator, TimeProvider clock) : ClientFiles<ElderlyDb, ElderProfile>(db, mediator, clock)
{
    public static readonly ClientFileKind Elders = new("特殊困难老年人探访档案", ["ELDER_SPECIAL"], MinAge: 60);

    protected override ClientFileKind Kind => Elders;
}
