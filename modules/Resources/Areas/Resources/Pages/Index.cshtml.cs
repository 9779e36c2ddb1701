using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.Resources.Directory;
using Platform.Modules.Resources.Domain;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Areas.Resources.Pages;

/// <summary>链接资源: the figures (needs linked and met, per station) and the directory, searched by kind, station and words.</summary>
[Authorize(Policy = ResourcesPermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Kind { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool WithInactive { get; set; }

    public ResourcePage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("kind", false));

    public IReadOnlyList<StationReferralFigures> Figures { get; private set; } = [];

    public bool SeesAllStations => user.SeesAllStations();

    public bool MayEdit => !user.IsReadOnly();

    /// <summary>The station choices of the filter: 全区 first, then the stations.</summary>
    public IReadOnlyList<StationSummary> Scopes { get; private set; } = [];

    public ResourceKind? ChosenKind => Enum.TryParse<ResourceKind>(Kind, out var k) && Enum.IsDefined(k) && !int.TryParse(Kind, out _) ? k : null;

    public async Task OnGetAsync()
    {
        Stations = await mediator.Send(new GetStations());
        Scopes = [new StationSummary(Resource.District, "", "全区（各站共用）", "", true), .. Stations];
        Result = await mediator.Send(Query(PageNumber, Size));
        Figures = await mediator.Send(new GetReferralFigures());
    }

    /// <summary>导出 Excel: the entries the search finds, with the table's columns (the phone masked, as the list shows it).</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = await mediator.Send(new GetStations());
        return await ExportAsync("资源目录", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("名称", r => r.Name),
            new("类型", r => ReferralTerms.NameOf(r.Kind)),
            new("范围", r => StationName(r.StationId)),
            new("提供的帮助", r => r.Offers),
            new("服务对象", r => r.ForWhom ?? ""),
            new("联系人", r => r.ContactPerson ?? ""),
            new("联系电话", r => r.MaskedPhone ?? ""),
            new("状态", r => r.IsActive ? "在用" : "已停用"),
        ]);
    }

    private PageResources Query(int page, int size) => new(ChosenKind, SeesAllStations ? StationId : null, Q, WithInactive, Sort, Dir, page, size);

    public string StationName(string id) => id == Resource.District ? "全区" : StationNames.GetValueOrDefault(id, id);
}
