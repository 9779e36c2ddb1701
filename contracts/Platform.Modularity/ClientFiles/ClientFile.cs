using Platform.Contracts;
using Platform.Modularity.Data;

namespace Platform.Modularity.ClientFiles;

/// <summary>Where a client file stands; only open files are on lists, due lists, reminders and digests.</summary>
public enum ClientFileState
{
    /// <summary>在册: served, owed its visits.</summary>
    Open,

    /// <summary>The person was archived in the registry (归档); a restore opens the file again.</summary>
    Archived,

    /// <summary>The person no longer holds one of the module's categories: kept, read-only, with the reason.</summary>
    Closed,
}

/// <summary>
/// A module's record about one registered person (a child's file, an elder's profile, a household's assistance record).
/// Who the person is, which station serves them and whether they are still eligible come from the registry: the kit's
/// <see cref="ClientFiles{TDb,TFile}"/> keeps these in step with its notifications, so no module writes that by hand.
/// </summary>
public abstract class ClientFile : IStationScoped
{
    /// <summary>For EF.</summary>
    protected ClientFile()
    {
    }

    /// <summary>A new open file of a client at a station, with the worker responsible.</summary>
    protected ClientFile(string clientId, string stationId, string name, string workerId)
    {
        ClientId = clientId;
        StationId = stationId;
        Name = name;
        WorkerId = workerId;
    }

    /// <summary>The registry client the file is about; also the file's key.</summary>
    public string ClientId { get; private set; } = "";

    /// <summary>The station that serves the person now.</summary>
    public string StationId { get; private set; } = "";

    /// <summary>The person's name as the registry had it when the file was last saved (for lists and the digest).</summary>
    public string Name { get; set; } = "";

    /// <summary>The worker responsible for the person's visits.</summary>
    public string WorkerId { get; set; } = "";

    /// <summary>Open, archived or closed.</summary>
    public ClientFileState State { get; private set; }

    /// <summary>Why the file was closed.</summary>
    public string? ClosedReason { get; private set; }

    /// <summary>Refuses a change or a new visit unless the file is open, saying why in Chinese.</summary>
    public void EnsureOpen()
    {
        switch (State)
        {
            case ClientFileState.Archived:
                throw new BusinessRuleException($"{Name}已在服务对象档案中归档，不能再登记；恢复在册后可继续。");
            case ClientFileState.Closed:
                throw new BusinessRuleException($"{Name}的档案已关闭（{ClosedReason}），只能查看。");
        }
    }

    internal void MoveTo(string stationId, string workerId)
    {
        StationId = stationId;
        WorkerId = workerId;
    }

    internal void Archive() => State = State == ClientFileState.Open ? ClientFileState.Archived : State;

    internal void Restore() => State = State == ClientFileState.Archived ? ClientFileState.Open : State;

    internal void Close(string reason)
    {
        State = ClientFileState.Closed;
        ClosedReason = reason;
    }

    internal void Reopen()
    {
        State = ClientFileState.Open;
        ClosedReason = null;
    }
}

/// <summary>A module's record about a client that follows the client's file to another station (a visit, a report).</summary>
public interface IClientRecord : IStationScoped
{
    /// <summary>The registry client the record is about.</summary>
    string ClientId { get; }
}

/// <summary>What happened to a client file because of the registry (moved, archived, restored, closed, reopened): the file's history.</summary>
public sealed class ClientFileEvent
{
    private ClientFileEvent()
    {
    }

    internal ClientFileEvent(string clientId, DateTime at, string text)
    {
        ClientId = clientId;
        At = at;
        Text = text;
    }

    /// <summary>Key.</summary>
    public long Id { get; private set; }

    /// <summary>The file's client.</summary>
    public string ClientId { get; private set; } = "";

    /// <summary>When (UTC).</summary>
    public DateTime At { get; private set; }

    /// <summary>What happened, in Chinese.</summary>
    public string Text { get; private set; } = "";
}

/// <summary>The files that belong on lists, due lists, reminders and digests.</summary>
public static class ClientFileQueries
{
    /// <summary>Only open files: not archived, not closed.</summary>
    public static IQueryable<TFile> Open<TFile>(this IQueryable<TFile> files) where TFile : ClientFile =>
        files.Where(f => f.State == ClientFileState.Open);
}

/// <summary>Where a client file stands (open, archived, closed with the reason) and what the registry did to it.</summary>
public sealed record ClientFileStanding(ClientFileState State, string? ClosedReason, IReadOnlyList<ClientFileHistoryLine> History);

/// <summary>One step in a client file's history, Beijing time.</summary>
public sealed record ClientFileHistoryLine(DateTimeOffset At, string Text);
