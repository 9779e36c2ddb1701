namespace Platform.Modularity.Auditing;

/// <summary>
/// A record's audited fields as people read them — each field's name and its value in words, sensitive ones masked by
/// the caller (the audit log is read by people too) — to say field by field what a change did.
/// </summary>
public sealed record AuditedFields(IReadOnlyList<(string Field, string? Value)> Fields)
{
    /// <summary>"字段：旧 → 新" for each field that differs from <paramref name="before"/>, or null when nothing did.</summary>
    public string? DifferencesFrom(AuditedFields before)
    {
        var changes = Fields.Zip(before.Fields)
            .Where(pair => pair.First.Value != pair.Second.Value)
            .Select(pair => $"{pair.First.Field}：{pair.Second.Value ?? "（空）"} → {pair.First.Value ?? "（空）"}")
            .ToList();
        return changes.Count == 0 ? null : string.Join("；", changes);
    }
}
