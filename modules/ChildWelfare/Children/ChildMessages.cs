using Platform.Modularity.Records;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

internal static class ChildMessages
{
    public const string Module = "child-welfare";

    public static string Link(string clientId) => $"/child-welfare/children/details/{clientId}";

    public static RecordSource Visit(string id) => new(Module, "visit", id);

    public static string Targets(ReportedTo to) =>
        string.Join("、", new[] { (ReportedTo.Police, "公安"), (ReportedTo.CivilAffairs, "民政"), (ReportedTo.School, "学校") }.Where(t => to.HasFlag(t.Item1)).Select(t => t.Item2));
}
