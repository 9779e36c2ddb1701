using Platform.Contracts;
using Platform.Contracts.Ledger;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork.Domain;

/// <summary>The size class of a community activity, which sets its standard hours (tender 4.4 row 6).</summary>
public enum ActivitySize
{
    /// <summary>大型活动 (60 h).</summary>
    Large,

    /// <summary>中小型活动 (40 h).</summary>
    Medium,

    /// <summary>讲座、培训 (20 h).</summary>
    Lecture,
}

/// <summary>
/// A community activity (社区活动): planned with its theme, day, place and partners, then completed with the number
/// of participants, the volunteers who took part, the summary and its evidence — the sign-in sheet and photos.
/// It counts once, to the worker responsible, when it is completed; until then it is on the 待完善 list with what
/// is missing. A withdrawn activity counts nothing and is kept for the audit.
/// </summary>
internal sealed class Activity : IWorkerRecord
{
    private readonly List<Attachment> _attachments = [];
    private readonly List<ActivityClient> _clients = [];

    /// <summary>The most files an activity keeps.</summary>
    public const int MostAttachments = 20;

    private Activity()
    {
    }

    public Activity(string stationId, string workerId, DateTime createdAt)
    {
        Id = Guid.NewGuid().ToString("N");
        StationId = stationId;
        WorkerId = workerId;
        CreatedAt = createdAt;
    }

    public string Id { get; private set; } = "";

    public string StationId { get; private set; } = "";

    /// <summary>The worker responsible, to whom it counts.</summary>
    public string WorkerId { get; private set; } = "";

    public ActivitySize Size { get; set; }

    public string Theme { get; set; } = "";

    public DateOnly Date { get; set; }

    public string Place { get; set; } = "";

    public string? Partners { get; set; }

    /// <summary>活动计划: aims and programme.</summary>
    public string? Plan { get; set; }

    public int? Participants { get; set; }

    /// <summary>Volunteers who took part (names or a note), and how many.</summary>
    public string? Volunteers { get; set; }

    public int? VolunteerCount { get; set; }

    /// <summary>活动总结.</summary>
    public string? Summary { get; set; }

    public IReadOnlyList<Attachment> Attachments => _attachments;

    /// <summary>Registered clients who took part (their timelines show the activity).</summary>
    public IReadOnlyList<ActivityClient> Clients => _clients;

    public DateTime CreatedAt { get; private set; }

    public DateTime? CompletedAt { get; private set; }

    /// <summary>Part of the demo district (production refuses to start while such records exist).</summary>
    public bool IsDemo { get; init; }

    public bool IsWithdrawn { get; private set; }

    public DateTime? WithdrawnAt { get; private set; }

    public string? WithdrawReason { get; private set; }

    public bool IsCompleted => CompletedAt is not null;

    public string SizeName => Names.GetValueOrDefault(Size, "未知规模");

    public static IReadOnlyDictionary<ActivitySize, string> Names { get; } = new Dictionary<ActivitySize, string>
    {
        [ActivitySize.Large] = "大型活动",
        [ActivitySize.Medium] = "中小型活动",
        [ActivitySize.Lecture] = "讲座、培训",
    };

    /// <summary>The ledger indicator its size counts under.</summary>
    public string Indicator => Size switch
    {
        ActivitySize.Large => Indicators.CommunityLarge,
        ActivitySize.Lecture => Indicators.CommunityLecture,
        _ => Indicators.Community,
    };

    /// <summary>What must still be done before it counts, in the words the page shows; empty when it can be completed.</summary>
    public IReadOnlyList<string> Missing(DateOnly today)
    {
        var missing = new List<string>();
        if (Date > today)
        {
            missing.Add($"活动日期（{Date:yyyy-MM-dd}）未到");
        }

        if (Participants is not > 0)
        {
            missing.Add("参与人数");
        }

        if (string.IsNullOrWhiteSpace(Summary))
        {
            missing.Add("活动总结");
        }

        if (!_attachments.Any(a => a.Kind == AttachmentKind.SignIn))
        {
            missing.Add("签到表（照片或扫描件）");
        }

        if (!_attachments.Any(a => a.Kind == AttachmentKind.Photo))
        {
            missing.Add("活动照片");
        }

        return missing;
    }

    public void Attach(IReadOnlyCollection<Attachment> attachments)
    {
        EnsureOpen();
        if (_attachments.Count + attachments.Count > MostAttachments)
        {
            throw new BusinessRuleException($"一个活动最多保存 {MostAttachments} 个文件。", "files");
        }

        _attachments.AddRange(attachments);
    }

    public void SetClients(IEnumerable<(string Id, string Name)> clients)
    {
        _clients.Clear();
        _clients.AddRange(clients.Select(c => new ActivityClient { ClientId = c.Id, Name = c.Name }));
    }

    /// <summary>Completes it once nothing is missing; otherwise refuses, naming everything still missing.</summary>
    public void Complete(DateOnly today, DateTime at)
    {
        EnsureOpen();
        if (IsCompleted)
        {
            throw new BusinessRuleException("这个活动已经完成并计入时长。");
        }

        var missing = Missing(today);
        if (missing.Count > 0)
        {
            throw new BusinessRuleException("还不能完成，尚缺：" + string.Join("；", missing) + "。");
        }

        CompletedAt = at;
    }

    public void Withdraw(string reason, DateTime at)
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个活动已经撤回。");
        }

        IsWithdrawn = true;
        WithdrawnAt = at;
        WithdrawReason = reason;
    }

    /// <summary>A completed activity is fixed (its hours are counted); a withdrawn one is closed.</summary>
    public void EnsureOpen()
    {
        if (IsWithdrawn)
        {
            throw new BusinessRuleException("这个活动已经撤回，不能再修改。");
        }
    }

    public void EnsureEditable()
    {
        EnsureOpen();
        if (IsCompleted)
        {
            throw new BusinessRuleException("活动已完成并计入时长，不能再修改；如有错误请撤回后重新登记。");
        }
    }
}

/// <summary>A registered client who took part, with the name as it was.</summary>
internal sealed class ActivityClient
{
    public long Id { get; private set; }

    public string ClientId { get; init; } = "";

    public string Name { get; init; } = "";
}
