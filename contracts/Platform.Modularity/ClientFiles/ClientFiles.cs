using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;

namespace Platform.Modularity.ClientFiles;

/// <summary>Marks a module's client-file service, registered by convention so its handlers can ask for it.</summary>
public interface IClientFiles;

/// <summary>
/// A module's client files, kept in step with the registry. A module declares one subclass naming its <see cref="Kind"/>;
/// the kit then checks who may have a file when one is opened, and follows the registry's notifications: a transfer
/// moves the file and the records about the person (<see cref="IClientRecord"/>) to the new station and gives the visits
/// to one of its workers; an archive takes the file off every list until a restore; losing the module's categories
/// closes it (kept, read-only, with the reason) and regaining one opens it again. Each step is written to the file's
/// history. Delivered through the registry's outbox, so a step is taken once even when delivered twice.
/// </summary>
public abstract class ClientFiles<TDb, TFile>(TDb db, IMediator mediator, TimeProvider clock) : IClientFiles,
    INotificationHandler<ClientTransferred>,
    INotificationHandler<ClientArchived>,
    INotificationHandler<ClientRestored>,
    INotificationHandler<ClientCategoriesChanged>
    where TDb : DbContext
    where TFile : ClientFile
{
    /// <summary>Who may have the module's file.</summary>
    protected abstract ClientFileKind Kind { get; }

    /// <summary>The files as the caller may see them (their station's, or all for those who see every station).</summary>
    public IQueryable<TFile> Files => db.Set<TFile>();

    /// <summary>
    /// The client a file may be opened for: a client of <paramref name="stationId"/> (or not found) holding one of the
    /// module's categories and of the right age (or refused in Chinese, naming the field <c>clientId</c>).
    /// </summary>
    public async Task<ClientSummary> EligibleAsync(string clientId, string stationId, CancellationToken cancellationToken)
    {
        var client = await mediator.Send(new GetClient(clientId), cancellationToken);
        if (client is null || client.StationId != stationId || client.IsArchived)
        {
            throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
        }

        return Kind.Refusal(client, LocalTime.Today(clock)) is { } refusal ? throw new BusinessRuleException(refusal, "clientId") : client;
    }

    /// <summary>The open file of a client to record on, or not found (another station's), or refused when archived or closed.</summary>
    public async Task<TFile> ForRecordingAsync(string clientId, CancellationToken cancellationToken)
    {
        var file = await db.Set<TFile>().FirstOrDefaultAsync(f => f.ClientId == clientId, cancellationToken)
            ?? throw new NotFoundException($"找不到这名服务对象的{Kind.Title}，或其不属于您的站点：请先建立{Kind.Title}。");
        file.EnsureOpen();
        return file;
    }

    /// <summary>Where the file stands and its history, newest first, for the file's page and API.</summary>
    public async Task<ClientFileStanding> StandingAsync(TFile file, CancellationToken cancellationToken)
    {
        var history = await db.Set<ClientFileEvent>().AsNoTracking().Where(e => e.ClientId == file.ClientId)
            .OrderByDescending(e => e.At).ThenByDescending(e => e.Id).Take(50).ToListAsync(cancellationToken);
        return new ClientFileStanding(file.State, file.ClosedReason, history.Select(e => new ClientFileHistoryLine(LocalTime.Of(new DateTimeOffset(e.At, TimeSpan.Zero)), e.Text)).ToList());
    }

    /// <inheritdoc />
    public Task Handle(ClientTransferred notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.ClientId, async file =>
        {
            if (file.StationId == notification.ToStationId)
            {
                return null;
            }

            var workers = await mediator.Send(new GetStationWorkers(notification.ToStationId), cancellationToken);
            var worker = workers.Where(w => w.IsActive).OrderBy(w => w.UserName, StringComparer.Ordinal).FirstOrDefault();
            var names = await mediator.Send(new GetStationNames(), cancellationToken);
            file.MoveTo(notification.ToStationId, worker?.Id ?? "");
            foreach (var records in db.Model.GetEntityTypes().Where(e => typeof(IClientRecord).IsAssignableFrom(e.ClrType) && !e.IsOwned()))
            {
                await MoveRecordsAsync(records.ClrType, file.ClientId, notification.ToStationId, cancellationToken);
            }

            return $"随服务对象从{names.GetValueOrDefault(notification.FromStationId, notification.FromStationId)}转到{names.GetValueOrDefault(notification.ToStationId, notification.ToStationId)}，"
                + (worker is null ? "该站点暂无在岗社工：社工到岗后请在档案中指定负责社工" : $"改由{worker.DisplayName}负责");
        }, cancellationToken);

    /// <inheritdoc />
    public Task Handle(ClientArchived notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.ClientId, file =>
        {
            var was = file.State;
            file.Archive();
            return Task.FromResult(was == file.State ? null : "服务对象已归档：不再列入名单、待办和提醒");
        }, cancellationToken);

    /// <inheritdoc />
    public Task Handle(ClientRestored notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.ClientId, file =>
        {
            var was = file.State;
            file.Restore();
            return Task.FromResult(was == file.State ? null : "服务对象恢复在册：档案重新列入名单");
        }, cancellationToken);

    /// <inheritdoc />
    public Task Handle(ClientCategoriesChanged notification, CancellationToken cancellationToken) =>
        ChangeAsync(notification.ClientId, file =>
        {
            var covered = Kind.Covers(notification.Categories);
            if (!covered && file.State == ClientFileState.Open)
            {
                file.Close($"已不再有{Kind.CategoryNames}类别");
                return Task.FromResult<string?>($"档案关闭：{file.ClosedReason}，只能查看，不再提醒探访");
            }

            if (covered && file.State == ClientFileState.Closed)
            {
                file.Reopen();
                return Task.FromResult<string?>("重新持有相应类别：档案重新打开");
            }

            return Task.FromResult<string?>(null);
        }, cancellationToken);

    private async Task ChangeAsync(string clientId, Func<TFile, Task<string?>> change, CancellationToken cancellationToken)
    {
        var file = await db.Set<TFile>().FirstOrDefaultAsync(f => f.ClientId == clientId, cancellationToken);
        if (file is null)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        if (await change(file) is { } text)
        {
            db.Set<ClientFileEvent>().Add(new ClientFileEvent(clientId, clock.GetUtcNow().UtcDateTime, text));
            await db.SaveChangesAsync(cancellationToken);
        }

        await transaction.CommitAsync(cancellationToken);
    }

    private Task<int> MoveRecordsAsync(Type recordType, string clientId, string stationId, CancellationToken cancellationToken) =>
        (Task<int>)typeof(ClientFiles<TDb, TFile>).GetMethod(nameof(MoveAsync), System.Reflection.BindingFlags.NonPublic | System.Reflection.BindingFlags.Instance)!
            .MakeGenericMethod(recordType).Invoke(this, [clientId, stationId, cancellationToken])!;

    private Task<int> MoveAsync<TRecord>(string clientId, string stationId, CancellationToken cancellationToken) where TRecord : class =>
        db.Set<TRecord>().Where(r => EF.Property<string>(r, nameof(IClientRecord.ClientId)) == clientId)
            .ExecuteUpdateAsync(s => s.SetProperty(r => EF.Property<string>(r, nameof(IClientRecord.StationId)), stationId), cancellationToken);
}
