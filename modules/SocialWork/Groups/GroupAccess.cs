using Platform.Modularity.Records;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>Who may change a group, and how it names itself to the ledger and the registry.</summary>
internal static class GroupAccess
{
    public const string Module = "socialwork";

    public static RecordSource Source(Group group) => new(Module, "group", group.Id);

    /// <summary>Each counted session is credited on its own (<c>group:42:session:3</c>).</summary>
    public static RecordSource Session(Group group, GroupSession session) => Source(group).Part($"session:{session.Number}");

    public static string Link(Group group) => $"/socialwork/groups/details/{group.Id}";

    /// <summary>The group, when the caller may change it (<see cref="Records"/>).</summary>
    public static Task<Group> FindForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken) =>
        Records.ForChangeAsync(db.Groups, id, "小组", cancellationToken);

    /// <summary>The same, for a change to an open group.</summary>
    public static async Task<Group> ForChangeAsync(SocialWorkDb db, string id, CancellationToken cancellationToken)
    {
        var group = await FindForChangeAsync(db, id, cancellationToken);
        group.EnsureOpen();
        return group;
    }
}
