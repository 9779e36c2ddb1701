using Platform.Modularity.Records;
using Platform.Modules.Elderly.Domain;

namespace Platform.Modules.Elderly.Elders;

internal static class ElderMessages
{
    public const string Module = "elderly";

    public static string Link(string clientId) => $"/elderly/elders/details/{clientId}";

    public static RecordSource Visit(string id) => new(Module, "visit", id);

    public static string KindName(ElderVisitKind kind) => kind switch { ElderVisitKind.Home => "入户", ElderVisitKind.Phone => "电话", _ => "视频" };
}
