using Platform.Modules.SocialWork.Domain;

namespace Platform.Modules.SocialWork.Groups;

/// <summary>A group as the pages and the API show it; <c>Missing</c> is what keeps it from counting.</summary>
public sealed record GroupView
{
    public required string Id { get; init; }

    public required string StationId { get; init; }

    public required string Name { get; init; }

    public required string Target { get; init; }

    public required string Plan { get; init; }

    public required IReadOnlyList<string> PlannedSessions { get; init; }

    public required string WorkerId { get; init; }

    public required string WorkerName { get; init; }

    public required IReadOnlyList<MemberView> Members { get; init; }

    public required IReadOnlyList<SessionView> Sessions { get; init; }

    public required string? Summary { get; init; }

    public required IReadOnlyList<string> Missing { get; init; }

    public required bool IsCompleted { get; init; }

    public required bool IsWithdrawn { get; init; }

    public required string? WithdrawReason { get; init; }

    internal static GroupView Of(Group g, IReadOnlyDictionary<string, string> workers) => new GroupView
    {
        Id = g.Id,
        StationId = g.StationId,
        Name = g.Name,
        Target = g.Target,
        Plan = g.Plan,
        PlannedSessions = g.PlannedSessions,
        WorkerId = g.WorkerId,
        WorkerName = workers.GetValueOrDefault(g.WorkerId, g.WorkerId),
        Members = g.Members.OrderBy(m => m.Number).Select(m => new MemberView(m.Number, m.ClientId, m.Name, m.HasLeft)).ToList(),
        Sessions = g.Sessions.OrderBy(s => s.Number).Select(s =>
        {
            var result = SessionResult.Of(s);
            return new SessionView
            {
                Number = s.Number,
                Date = s.Date,
                Topic = s.Topic,
                ProcessRecord = s.ProcessRecord,
                Present = s.Present,
                MemberCount = s.MemberCount,
                AttendanceRate = result.AttendanceRate,
                Qualifies = result.Qualifies,
                Reason = result.Reason,
            };
        }).ToList(),
        Summary = g.Summary,
        Missing = g.IsCompleted || g.IsWithdrawn ? [] : g.Missing(),
        IsCompleted = g.IsCompleted,
        IsWithdrawn = g.IsWithdrawn,
        WithdrawReason = g.WithdrawReason,
    };
}

/// <summary>A member by number.</summary>
public sealed record MemberView(int Number, string? ClientId, string Name, bool HasLeft);

/// <summary>A session, its attendance and whether it counts (with the reason when not).</summary>
public sealed record SessionView
{
    public required int Number { get; init; }

    public required DateOnly Date { get; init; }

    public required string Topic { get; init; }

    public required string? ProcessRecord { get; init; }

    public required IReadOnlyList<int> Present { get; init; }

    public required int MemberCount { get; init; }

    public required decimal AttendanceRate { get; init; }

    public required bool Qualifies { get; init; }

    public required string? Reason { get; init; }
}
