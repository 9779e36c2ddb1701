using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modularity.Records;

namespace Platform.Modules.SocialWork;

/// <summary>A record of the module that a worker is responsible for (a visit, a case, an activity, a group).</summary>
internal interface IWorkerRecord : IOwnedRecord;

/// <summary>Finds a record to change; who may change it was checked by the pipeline (the request's owner rule), and outside the caller's station it is not found.</summary>
internal static class Records
{
    public static async Task<T> ForChangeAsync<T>(IQueryable<T> records, string id, string what, CancellationToken cancellationToken)
        where T : class, IWorkerRecord =>
        await records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"找不到这个{what}，或您无权查看。");
}
