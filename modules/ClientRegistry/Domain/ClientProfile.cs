using Platform.Contracts;
using Platform.Contracts.Registry;

namespace Platform.Modules.ClientRegistry.Domain;

/// <summary>Self-care ability (自理能力).</summary>
public enum SelfCare
{
    /// <summary>完全自理.</summary>
    Able,

    /// <summary>部分自理.</summary>
    Partly,

    /// <summary>完全不能自理.</summary>
    Dependent,
}

/// <summary>
/// The sections of the archive after the basic facts (tender 4.4 item 3: 生理、心理、社会状况): filled in
/// after registration, usually on the assessment visit.
/// </summary>
internal sealed class ClientProfile
{
    // 生理状况 physiological
    public string? Health { get; set; }

    public string? ChronicIllness { get; set; }

    public string? Disability { get; set; }

    public SelfCare? SelfCare { get; set; }

    // 心理状况 psychological
    public string? Psychological { get; set; }

    // 社会状况 social
    public string? FamilyStructure { get; set; }

    public string? Guardian { get; set; }

    public string? IncomeSources { get; set; }

    public string? Housing { get; set; }

    public string? SupportNetwork { get; set; }
}

/// <summary>A need recorded in the archive: its kind, what it is, how urgent, and where it stands.</summary>
internal sealed class ClientNeed
{
    private ClientNeed()
    {
    }

    public ClientNeed(string kind, string description, NeedPriority priority, string? source, DateTime now)
    {
        if (!NeedKinds.IsKnown(kind))
        {
            throw new BusinessRuleException("请从列表中选择需求类型。", "kind");
        }

        Check(description);
        if (source is { Length: > 100 })
        {
            throw new ArgumentException("A need's source is at most 100 characters.", nameof(source));
        }

        Kind = kind;
        Description = description.Trim();
        Priority = priority;
        Source = source;
        CreatedAt = now;
        UpdatedAt = now;
    }

    public long Id { get; private set; }

    public string Kind { get; private set; } = "";

    public string Description { get; private set; } = "";

    public NeedPriority Priority { get; private set; }

    public NeedStatus Status { get; private set; }

    public string? Note { get; private set; }

    /// <summary>Where the need was found (e.g. 入户探访 2026-11-02); null when entered on the archive page.</summary>
    public string? Source { get; private set; }

    public DateTime CreatedAt { get; private set; }

    public DateTime UpdatedAt { get; private set; }

    public bool IsOpen => Status is NeedStatus.Open or NeedStatus.InProgress;

    public void Update(string description, NeedPriority priority, NeedStatus status, string? note, DateTime now)
    {
        Check(description);
        if (status == NeedStatus.Unmet && string.IsNullOrWhiteSpace(note))
        {
            throw new BusinessRuleException("需求无法满足时，请说明原因。", "note");
        }

        Description = description.Trim();
        Priority = priority;
        Status = status;
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        UpdatedAt = now;
    }

    private static void Check(string description)
    {
        if (string.IsNullOrWhiteSpace(description))
        {
            throw new BusinessRuleException("请描述这项需求。", "description");
        }

        if (description.Trim().Length > 500)
        {
            throw new BusinessRuleException("需求描述不能超过 500 个字。", "description");
        }
    }
}
