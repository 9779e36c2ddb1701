using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Domain;

/// <summary>
/// A group (小组工作, MZ/T 095-2017): its plan (小组计划书 — aims, who it is for, the sessions planned), its members
/// (registered clients or named residents), its sessions with attendance and process record (过程记录), and the
/// summary report (小组总结报告). A session qualifies when at least 60 % of the members attended and its process
/// record is written. The group counts when it is completed: at least 8 members, 6 qualifying sessions and the
/// summary — then each of its first 6 qualifying sessions is credited (20 standard hours a session).
/// </summary>
internal sealed class Group : IWorkerRecord
{
    public const int LeastMembers = 8;
    public const int CountedSessions = 6;
    public const decimal LeastAttendance = 0.6m;

    private readonly List<GroupMember> _members = [];
    private readonly List<GroupSession> _sessions = [];

    private Group()
    {
    }

    public Group(string stationId, string workerId, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        WorkerId = workerId;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    public string WorkerId { get; private set; } = "";

    public string Name { get; set; } = "";

    /// <summary>小组计划书: aims, theory and method, recruitment.</summary>
    public string Plan { get; set; } = "";

    /// <summary>Who the group is for (e.g. 留守儿童, 独居老人).</summary>
    public string Target { get; set; } = "";

    /// <summary>The sessions planned, one topic a line.</summary>
    public List<string> PlannedSessions { get; set; } = [];

    public IReadOnlyList<GroupMember> Members => _members;

    public IReadOnlyList<GroupSession> Sessions => _sessions;

    /// <summary>小组总结报告.</summary>
    public string? Summary { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>Part of the demo district (production refuses to start while such records exist).</summary>
    public bool IsDemo { get; init; }

    public bool IsWithdrawn { get; private set; }

    public string? WithdrawReason { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public IEnumerable<GroupMember> ActiveMembers => _members.Where(m => !m.HasLeft);

    /// <summary>The sessions that count, in order, at most <see cref="CountedSessions"/>.</summary>
    public IReadOnlyList<GroupSession> CountedSessionList => [.. _sessions.Where(s => s.Qualifies).OrderBy(s => s.Number).Take(CountedSessions)];

    /// <summary>What keeps the group from counting, in the page's words (with <paramref name="summary"/> as the summary, if given).</summary>
    public IReadOnlyList<string> Missing(string? summary = null)
    {
        var missing = new List<string>();
        if (ActiveMembers.Count() < LeastMembers)
        {
            missing.Add($"组员不少于 {LeastMembers} 人（现有 {ActiveMembers.Count()} 人）");
        }

        var qualifying = _sessions.Count(s => s.Qualifies);
        if (qualifying < CountedSessions)
        {
            missing.Add($"合格小组活动 {CountedSessions} 节（已有 {qualifying} 节）");
        }

        if (string.IsNullOrWhiteSpace(summary ?? Summary))
        {
            missing.Add("小组总结报告");
        }

        return missing;
    }

    public GroupMember AddMember(string? clientId, string name)
    {
        EnsureOpen();
        if (clientId is not null && _members.Any(m => m.ClientId == clientId && !m.HasLeft))
        {
            throw new BusinessRuleException($"{name}已是组员。", "members");
        }

        var member = new GroupMember { ClientId = clientId, Name = name, Number = _members.Count + 1 };
        _members.Add(member);
        return member;
    }

    /// <summary>Records a session; attendance is by member number, of the members in the group that day.</summary>
    public GroupSession AddSession(DateOnly date, string topic, string? record, IReadOnlyCollection<int> present, DateOnly today)
    {
        EnsureOpen();
        if (date > today)
        {
            throw new BusinessRuleException("不能登记今天以后的小组活动。", "date");
        }

        var members = ActiveMembers.Select(m => m.Number).ToHashSet();
        if (members.Count == 0)
        {
            throw new BusinessRuleException("请先添加组员，再登记小组活动。", "attendance");
        }

        if (present.Where(p => !members.Contains(p)).Select(p => (int?)p).FirstOrDefault() is { } stranger)
        {
            throw new BusinessRuleException($"出勤名单中的第 {stranger} 号不是本组组员。", "attendance");
        }

        var session = new GroupSession
        {
            Number = _sessions.Count + 1,
            Date = date,
            Topic = topic,
            ProcessRecord = record,
            Present = [.. present.Distinct().Order()],
            MemberCount = members.Count,
        };
        _sessions.Add(session);
        return session;
    }

    public void Complete(string summary, DateTime at)
    {
        EnsureOpen();
        var missing = Missing(summary);
        if (missing.Count > 0)
        {
            throw new BusinessRuleException("还不能结束小组，尚缺：" + string.Join("；", missing) + "。");
        }

        Summary = summary;
        CompletedAt = at;
    }

    public void Withdraw(string reason)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个小组已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawReason = reason;
    }

    public void EnsureOpen()
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个小组已经撤回，不能再修改。");
        }

        if (IsCompleted)
        {
            throw new BusinessRuleException("小组已结束并计入时长，不能再修改；如有错误请撤回。");
        }
    }
}

/// <summary>A member: a registered client, or a resident named only; numbered in the order they joined.</summary>
internal sealed class GroupMember
{
    public long Id { get; private set; }

    public int Number { get; init; }

    public string? ClientId { get; init; }

    public string Name { get; init; } = "";

    public bool HasLeft { get; set; }
}

/// <summary>A session held: who attended (member numbers) of how many members, and its process record.</summary>
internal sealed class GroupSession
{
    public long Id { get; private set; }

    public int Number { get; init; }

    public DateOnly Date { get; init; }

    public string Topic { get; init; } = "";

    /// <summary>过程记录.</summary>
    public string? ProcessRecord { get; init; }

    public List<int> Present { get; init; } = [];

    /// <summary>Members in the group that day.</summary>
    public int MemberCount { get; init; }

    public decimal AttendanceRate => MemberCount == 0 ? 0 : Math.Round((decimal)Present.Count / MemberCount, 3);

    public bool Qualifies => AttendanceRate >= Group.LeastAttendance && !string.IsNullOrWhiteSpace(ProcessRecord);
}
