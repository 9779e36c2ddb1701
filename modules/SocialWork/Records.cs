using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;

namespace Platform.Modules.SocialWork;

/// <summary>A record of the module that a worker is responsible for (a visit, an activity, a group).</summary>
internal interface IWorkerRecord : IStationScoped
{
    string Id { get; }

    /// <summary>The worker responsible, to whom it counts.</summary>
    string WorkerId { get; }
}

/// <summary>Who may change a record: the worker responsible, the lead or the administrator; outside the caller's station it is not found.</summary>
internal static class Records
{
    public static async Task<T> ForChangeAsync<T>(IQueryable<T> records, ICurrentUser user, string id, string what, CancellationToken cancellationToken)
        where T : class, IWorkerRecord
    {
        var record = await records.FirstOrDefaultAsync(r => r.Id == id, cancellationToken)
            ?? throw new NotFoundException($"找不到这个{what}，或您无权查看。");
        if (record.WorkerId != user.UserId && !user.IsInRole(Roles.Lead) && !user.IsInRole(Roles.Admin))
        {
            throw new ForbiddenException($"只有负责的社工或项目主管可以处理这个{what}。");
        }

        return record;
    }
}
