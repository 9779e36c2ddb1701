using Platform.Modularity.Records;

namespace Platform.Modules.Volunteers;

/// <summary>How the module's records are known to other modules: every outbox key and ledger source derives from these.</summary>
internal static class VolunteerMessages
{
    public const string Module = "volunteers";

    public const string Title = "志愿服务";

    /// <summary>An activity's credit of one revision (<c>activity:ID:r2</c>): a correction after closing retracts one and credits the next.</summary>
    public static RecordSource Credit(string activityId, int revision) => new RecordSource(Module, "activity", activityId).Part($"r{revision}");

    public static string Link(string activityId) => $"/{Module}/activities/details/{activityId}";
}
