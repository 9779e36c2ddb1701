using MediatR;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;

namespace Platform.Modules.SocialWork;

/// <summary>A client named on a record (visited, or taking part), with the name as it was then.</summary>
public sealed record NamedClient(string Id, string Name);

/// <summary>The display names of the workers the caller may see, for records that store worker ids.</summary>
internal static class WorkerNames
{
    public static async Task<IReadOnlyDictionary<string, string>> VisibleAsync(IMediator mediator, CancellationToken cancellationToken) =>
        (await mediator.Send(new GetStationWorkers(), cancellationToken)).ToDictionary(w => w.Id, w => w.DisplayName);
}

/// <summary>Clients named on a record: each must be a client of the record's station (else not found, as the registry answers).</summary>
internal static class StationClients
{
    /// <summary>The distinct clients of <paramref name="ids"/>, at most <paramref name="most"/>, all of <paramref name="station"/>.</summary>
    public static async Task<List<ClientSummary>> FindAsync(IMediator mediator, IEnumerable<string> ids, string station, int most, CancellationToken cancellationToken)
    {
        var distinct = ids.Where(i => !string.IsNullOrWhiteSpace(i)).Select(i => i.Trim()).Distinct().ToList();
        if (distinct.Count > most)
        {
            throw new BusinessRuleException($"一条记录最多关联 {most} 名服务对象。", "clientIds");
        }

        var clients = (await mediator.Send(new GetClients(distinct), cancellationToken)).Where(c => c.StationId == station).ToList();
        if (clients.Count != distinct.Count)
        {
            throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
        }

        return clients;
    }
}
