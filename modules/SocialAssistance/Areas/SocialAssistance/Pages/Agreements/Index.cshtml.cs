using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modularity.Web;
using Platform.Modules.SocialAssistance.Agreements;

namespace Platform.Modules.SocialAssistance.Areas.SocialAssistance.Pages.Agreements;

/// <summary>照料协议: the agreements of 分散供养 特困 people to renew (ending within the reminder window, run out or ended early), and those who never signed one; every agreement on request.</summary>
[Authorize(Policy = SocialAssistancePermissions.View)]
public sealed class IndexModel(IMediator mediator, ICurrentUser user, SocialAssistanceRules rules) : ListPageModel
{
    [BindProperty(SupportsGet = true)]
    public bool All { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Q { get; set; }

    public AgreementPage Result { get; private set; } = new(new([], 0, 1, ListPager.DefaultPageSize), new("due", false));

    public IReadOnlyList<UnsignedLine> Unsigned { get; private set; } = [];

    public SocialAssistanceRules Rules => rules;

    public bool SeesAllStations => user.SeesAllStations();

    public bool IsWorker => user.IsInRole(Roles.Worker);

    /// <summary>An agreement in force or not yet begun may be corrected; one ended or run out is kept as it was.</summary>
    public bool MayCorrect(AgreementLine line) => line.EndedOn is null && !line.IsLapsed;

    public async Task OnGetAsync()
    {
        Result = await mediator.Send(Query(PageNumber, Size));
        Stations = await mediator.Send(new GetStations());
        Unsigned = await mediator.Send(new ListUnsigned(SeesAllStations ? StationId : null));
    }

    /// <summary>导出 Excel: the agreements the search finds, with the table's columns (the carer's ID number masked).</summary>
    public async Task<IActionResult> OnGetExportAsync()
    {
        Stations = SeesAllStations ? await mediator.Send(new GetStations()) : [];
        return await ExportAsync("照料协议", async (page, size) => (await mediator.Send(Query(page, size))).Rows, [
            new("供养对象", l => l.Name),
            .. StationColumn<AgreementLine>(l => l.StationId),
            new("照料人", l => l.CarerName),
            new("与本人关系", l => l.CarerRelation),
            new("联系电话", l => l.CarerPhone),
            new("身份证号", l => l.CarerIdNumber ?? ""),
            new("照料护理费档次", l => l.FeeBandName),
            new("照料护理费（元/月）", l => l.MonthlyFee?.ToString("0.##") ?? ""),
            new("开始日期", l => l.StartOn.ToString("yyyy-MM-dd")),
            new("结束日期", l => l.EndOn.ToString("yyyy-MM-dd")),
            new("提前终止", l => l.EndedOn?.ToString("yyyy-MM-dd") ?? ""),
            new("状态", l => l.State),
            new("签订方", l => l.SignedBy),
            new("签字件", l => l.HasScan ? "已上传" : "未上传"),
        ]);
    }

    private PageAgreements Query(int page, int size) => new(SeesAllStations ? StationId : null, All, Q, Sort, Dir, page, size);
}
