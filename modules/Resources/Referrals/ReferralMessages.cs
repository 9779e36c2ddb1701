using Platform.Modularity.Records;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Referrals;

/// <summary>What a referral tells the other modules, through the outbox with the change: an entry on the client's timeline when made and another when closed.</summary>
internal static class ReferralMessages
{
    public static string Link(Referral referral) => $"/{ResourcesDb.Module}/referrals/details/{referral.Id}";

    public static RecordSource Source(Referral referral) => new(ResourcesDb.Module, "referral", referral.Id);

    public static void Made(ResourcesDb db, Referral referral, TimeProvider clock) =>
        db.EnqueueTimeline(Source(referral), [referral.ClientId], Platform.Contracts.LocalTime.StartOf(referral.ReferredOn).AddHours(12), $"转介：{referral.ResourceName}",
            $"{ReferralTerms.NeedName(referral.NeedKind)}：{Excerpt(referral.Need)}", Link(referral), clock);

    public static void Closed(ResourcesDb db, Referral referral, TimeProvider clock) =>
        db.EnqueueTimeline(Source(referral).Part("closed"), [referral.ClientId], Platform.Contracts.LocalTime.StartOf(referral.ClosedOn!.Value).AddHours(12),
            $"转介{ReferralTerms.NameOf(referral.Status)}：{referral.ResourceName}",
            Excerpt(referral.Status == ReferralStatus.Unresolved ? $"原因：{referral.Reason}" : referral.Outcome ?? referral.Need), Link(referral), clock);

    private static string Excerpt(string text) => text.Length <= 100 ? text : text[..99] + "…";
}
