using Platform.Modularity.Records;

namespace Platform.Modules.SocialAssistance;

/// <summary>How the module's records are known to other modules: every outbox key and ledger source is derived from these.</summary>
internal static class SocialAssistanceMessages
{
    public const string Module = "social-assistance";

    public static RecordSource Review(string id) => new(Module, "review", id);

    public static RecordSource CareVisit(string id) => new(Module, "care-visit", id);

    public static string VisitLink(string clientId) => $"/{Module}/visits/create?clientId={clientId}";

    public static RecordSource Agreement(string id) => new(Module, "care-agreement", id);

    public static RecordSource AgreementEnd(string id) => new(Module, "care-agreement-end", id);

    public const string AgreementsLink = $"/{Module}/agreements";

    public static RecordSource Verification(string id) => new(Module, "verification", id);

    public static string TaskLink(string taskId) => $"/{Module}/alerts/close/{taskId}";

    public static string Link(string clientId) => $"/{Module}/households/details/{clientId}";

    public static string ReviewLink(string clientId) => $"/{Module}/reviews/create?clientId={clientId}";
}
