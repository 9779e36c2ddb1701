using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Activities;

/// <summary>Who may change an activity, and how it names itself to the ledger and the registry.</summary>
internal static class ActivityAccess
{
    public const string Module = "socialwork";

    public static RecordSource Source(Activity activity) => new(Module, "activity", activity.Id);

    public static string Link(Activity activity) => $"/socialwork/activities/details/{activity.Id}";

    /// <summary>The activity, when the caller may change it (<see cref="Records"/>).</summary>
    public static Task<Activity> ForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken) =>
        Records.ForChangeAsync(db.Activities, id, "活动", cancellationToken);
}
