using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>A group as the pages and the API show it; <c>Missing</c> is what keeps it from counting.</summary>
public sealed record GroupView(
    string Id,
    string StationId,
    string Name,
    string Target,
    string Plan,
    IReadOnlyList<string> PlannedSessions,
    string WorkerId,
    string WorkerName,
    IReadOnlyList<MemberView> Members,
    IReadOnlyList<SessionView> Sessions,
    string? Summary,
    IReadOnlyList<string> Missing,
    bool IsCompleted,
    bool IsWithdrawn,
    string? WithdrawReason)
{
    internal static GroupView Of(Group g, IReadOnlyDictionary<string, string> workers) => new(
        g.Id,
        g.StationId,
        g.Name,
        g.Target,
        g.Plan,
        g.PlannedSessions,
        g.WorkerId,
        workers.GetValueOrDefault(g.WorkerId, g.WorkerId),
        g.Members.OrderBy(m => m.Number).Select(m => new MemberView(m.Number, m.ClientId, m.Name, m.HasLeft)).ToList(),
        g.Sessions.OrderBy(s => s.Number).Select(s =>
        {
            var result = SessionResult.Of(s);
            return new SessionView(s.Number, s.Date, s.Topic, s.ProcessRecord, s.Present, s.MemberCount, result.AttendanceRate, result.Qualifies, result.Reason);
        }).ToList(),
        g.Summary,
        g.IsCompleted || g.IsWithdrawn ? [] : g.Missing(),
        g.IsCompleted,
        g.IsWithdrawn,
        g.WithdrawReason);
}

/// <summary>A member by number.</summary>
public sealed record MemberView(int Number, string? ClientId, string Name, bool HasLeft);

/// <summary>A session, its attendance and whether it counts (with the reason when not).</summary>
public sealed record SessionView(int Number, DateOnly Date, string Topic, string? ProcessRecord, IReadOnlyList<int> Present, int MemberCount, decimal AttendanceRate, bool Qualifies, string? Reason);
