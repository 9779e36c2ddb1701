using System.Text.RegularExpressions;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.Staff.Data;

namespace Platform.Modules.Staff.Auditing;

/// <summary>
/// What an audit entry's ids stand for, in words: the log keeps ids (they do not change when a person or station is
/// renamed, and a search by id finds them), the page and its download show whose and which they are. One look-up per
/// page of entries: accounts and stations from this module, clients through the registry's contract.
/// </summary>
internal sealed partial class AuditWording
{
    private readonly IReadOnlyDictionary<string, string> _names;

    private readonly RecordKindNames _kinds;

    private AuditWording(IReadOnlyDictionary<string, string> names, RecordKindNames kinds) => (_names, _kinds) = (names, kinds);

    [GeneratedRegex("[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}|[0-9a-f]{32}", RegexOptions.CultureInvariant)]
    private static partial Regex Id();

    public static async Task<AuditWording> ForAsync(StaffDb db, IMediator mediator, RecordKindNames kinds, IEnumerable<string?> texts, CancellationToken cancellationToken)
    {
        var ids = texts.Where(t => t is not null).SelectMany(t => Id().Matches(t!).Select(m => m.Value)).ToHashSet(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(StringComparer.Ordinal) { ["system"] = "系统（自动）" };
        if (ids.Count == 0)
        {
            return new AuditWording(names, kinds);
        }

        foreach (var account in await db.Users.AsNoTracking().Where(u => ids.Contains(u.Id)).Select(u => new { u.Id, u.DisplayName, u.UserName }).ToListAsync(cancellationToken))
        {
            names[account.Id] = $"{account.DisplayName}（{account.UserName}）";
        }

        foreach (var station in await db.Stations.AsNoTracking().Where(s => ids.Contains(s.Id)).Select(s => new { s.Id, s.Name }).ToListAsync(cancellationToken))
        {
            names[station.Id] = station.Name;
        }

        var rest = ids.Where(id => !names.ContainsKey(id)).ToList();
        if (rest.Count > 0)
        {
            // The administrator reads the log; a client of any station is named (masked ID numbers stay masked).
            foreach (var client in await mediator.Send(new GetClients(rest), cancellationToken))
            {
                names[client.Id] = client.Name;
            }
        }

        return new AuditWording(names, kinds);
    }

    /// <summary>Who acted: the account's name and user name, or the user name the entry kept (a log-in by an unknown name).</summary>
    public string Who(string? userId, string? userName) =>
        userId is not null && _names.TryGetValue(userId, out var name) ? name : userName ?? "";

    /// <summary>What the entry is about: a named record, a kind of record, or the target as kept (a user name, a masked ID number).</summary>
    public string? What(string? target)
    {
        if (target is null)
        {
            return null;
        }

        // A record of a module named by its key ("module:kind:id[:part]": the source of a credit, a timeline entry).
        return _kinds.Of(target) ?? Words(target);
    }

    /// <summary>The text with each id it names replaced by its name; an id no longer known stays as it is.</summary>
    public string? Words(string? text) =>
        text is null ? null : Id().Replace(text, m => _names.TryGetValue(m.Value, out var name) ? name : m.Value);
}
