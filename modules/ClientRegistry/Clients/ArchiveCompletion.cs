using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The archive's completeness and the one-time 建档 credit.</summary>
internal static class ArchiveCompletion
{
    /// <summary>
    /// When the archive has just become complete, credits the ARCHIVE indicator to the worker who completed it, in
    /// the same transaction (through the outbox, so the credit waits for the ledger if it is not installed). The
    /// source key is the client, so the credit can never be given twice.
    /// </summary>
    public static void CreditIfComplete(RegistryDb db, Client client, ICurrentUser user, TimeProvider clock) =>
        CreditIfComplete(db, client, user.UserId ?? "system", clock.GetUtcNow(), clock);

    /// <summary>The same, for a given worker and moment (the demo seeder completes archives over past months).</summary>
    public static void CreditIfComplete(RegistryDb db, Client client, string workerId, DateTimeOffset at, TimeProvider clock)
    {
        if (!client.CompleteArchiveIfReady(workerId, at.UtcDateTime))
        {
            return;
        }

        db.EnqueueCredit(
            RegistryMessages.Archive(client),
            new ServiceCredit(client.StationId, workerId, Indicators.Archive, 1, LocalTime.DateOf(at), [client.Id], $"建档：{client.Name}", $"/registry/clients/details/{client.Id}"),
            clock);
        Timeline.Add(db, client.Id, "archive-complete", at.UtcDateTime, "建档完成", "基本、生理、心理、社会状况和需求已齐全");
    }

    public static ArchiveProgress Progress(Client client) => new(client.ArchiveCompletedAt is not null, client.MissingForCompletion());

    public static string NameOf(SelfCare value) => value switch
    {
        SelfCare.Able => "完全自理",
        SelfCare.Partly => "部分自理",
        _ => "完全不能自理",
    };

    public static string NameOf(NeedStatus value) => value switch
    {
        NeedStatus.Open => "待跟进",
        NeedStatus.InProgress => "跟进中",
        NeedStatus.Met => "已满足",
        _ => "无法满足",
    };

    public static string NameOf(NeedPriority value) => value switch
    {
        NeedPriority.High => "高",
        NeedPriority.Medium => "中",
        _ => "低",
    };
}
