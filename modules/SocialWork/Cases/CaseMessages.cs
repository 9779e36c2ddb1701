using Platform.Modularity.Records;
using Platform.Contracts.Registry;
using Platform.Modules.SocialWork.Data;
using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>How a case names itself to the ledger and the registry; its timeline entry moves with its phase.</summary>
internal static class CaseMessages
{
    public const string Module = "socialwork";

    public static RecordSource Source(Case @case) => new(Module, "case", @case.Id);

    public static string Link(Case @case) => $"/socialwork/cases/details/{@case.Id}";

    /// <summary>
    /// One entry a case on the client's timeline (the same source replaces it), showing the latest phase. Each phase
    /// sends it again, so its message is keyed by the phase: under the kit's one timeline key per client, the second
    /// phase's would be refused as the first's duplicate.
    /// </summary>
    public static void Timeline(SocialWorkDb db, Case @case, string title, TimeProvider clock)
    {
        var source = Source(@case);
        db.EnqueueAbout(source, $"timeline:{title}", new RecordTimelineEntry(source.Module, source.SourceId, @case.ClientId, clock.GetUtcNow(), title, Excerpt(@case.Intake), Link(@case)), clock);
    }

    private static string Excerpt(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
