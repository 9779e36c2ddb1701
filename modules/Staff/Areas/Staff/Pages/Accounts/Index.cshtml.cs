using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Data;
using Platform.Modularity.Web;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Areas.Staff.Pages.Accounts;

/// <summary>账号: the accounts the reader may see, by station and by name.</summary>
/// <remarks>
/// A district has a few dozen accounts and <see cref="ListAccounts"/> (shared with the API, the station widget and the
/// edit page) reads them with their role and station in one query, so this page sorts and pages what it read.
/// </remarks>
[Authorize(Policy = StaffPermissions.ViewAccounts)]
public sealed class IndexModel(IMediator mediator, IAuthorizationService authorization, ICurrentUser user) : ListPageModel
{
    private static readonly SortColumns<AccountRow> Columns = new SortColumns<AccountRow>("userName")
        .Add("userName", a => a.UserName)
        .Add("name", a => a.DisplayName)
        .Add("station", a => a.StationName)
        .ThenBy(a => a.UserName);

    /// <summary>Part of a user name or a person's name.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    internal Paged<AccountRow> Accounts { get; private set; } = new([], 0, 1, ListPager.DefaultPageSize);

    public ListSort SortedBy => Columns.Resolve(Sort, Dir);

    public bool CanManage { get; private set; }

    public bool Filtered => StationFilter is not null || !string.IsNullOrWhiteSpace(Q);

    public async Task OnGetAsync()
    {
        Stations = user.SeesAllStations() ? await mediator.Send(new GetStations()) : [];
        var q = Q?.Trim();
        var rows = (await mediator.Send(new ListAccounts(StationFilter)))
            .Where(a => string.IsNullOrEmpty(q) || a.UserName.Contains(q, StringComparison.OrdinalIgnoreCase) || a.DisplayName.Contains(q, StringComparison.Ordinal));
        var ordered = Columns.Apply(rows.AsQueryable(), SortedBy).ToList();
        var last = Math.Max(1, (ordered.Count + Size - 1) / Size);
        var page = Math.Clamp(PageNumber, 1, last);
        Accounts = new Paged<AccountRow>(ordered.Skip(Paging.Offset(page, Size)).Take(Size).ToList(), ordered.Count, page, Size);
        CanManage = (await authorization.AuthorizeAsync(User, StaffPermissions.ManageAccounts)).Succeeded;
    }
}
