using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.TemporaryAid;

/// <summary>One page of the 临时救助 list: the pending applications (or all), the one due soonest first unless sorted otherwise.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record PageAid(string? StationId = null, bool PendingOnly = true, string? Sort = null, string? Dir = null, int Page = 1, int PageSize = ListPager.DefaultPageSize)
    : IRequest<AidPage>
{
    internal static readonly SortColumns<AidApplication> Columns = new SortColumns<AidApplication>("due")
        .Add("due", a => a.DueOn)
        .Add("applied", a => a.AppliedOn)
        .Add("name", a => a.Name)
        .ThenBy(a => a.Name)
        .ThenBy(a => a.Id);

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<PageAid, AidPage>
    {
        public async Task<AidPage> Handle(PageAid request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var query = AidLines.Pending(db.AidApplications.AsNoTracking(), request.PendingOnly);
            if (!string.IsNullOrEmpty(request.StationId))
            {
                query = query.Where(a => a.StationId == request.StationId);
            }

            var sort = Columns.Resolve(request.Sort, request.Dir);
            var rows = await Columns.Apply(query, sort).ToPagedAsync(request.Page, request.PageSize, cancellationToken);
            return new AidPage(rows.Map(a => AidLines.Of(a, today, rules.Calendar)), sort);
        }
    }
}

/// <summary>A page of 临时救助 lines and how it is sorted.</summary>
public sealed record AidPage(Paged<AidLine> Rows, ListSort Sort);
