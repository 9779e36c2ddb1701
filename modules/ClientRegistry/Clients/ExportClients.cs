using Platform.Contracts.Identity;
using MediatR;
using Platform.Modularity.Exports;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;
using Microsoft.EntityFrameworkCore;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// The current search as an xlsx roster in the import layout, read row by row from the database as it is
/// written. ID numbers and phones are masked (PIPL: masking in exports); the export is audited.
/// </summary>
[Requires(RegistryPermissions.View)]
internal sealed record ExportClients(string? Q, string? Category, string? Village, string? Need = null) : IRequest<Stream>, IAudited
{
    /// <summary>One station's clients, as the list's 站点 filter (empty: every station the caller sees).</summary>
    public string? StationId { get; init; }

    /// <summary>The list's sort, so the file reads in the order the list showed; none: by village, then name.</summary>
    public string? Sort { get; init; }

    /// <summary>The list's sort direction.</summary>
    public string? Dir { get; init; }

    string IAudited.AuditAction => "导出服务对象名单";

    string? IAudited.AuditTarget => $"q={Q};category={Category};village={Village};need={Need};station={StationId}";

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<ExportClients, Stream>
    {
        public async Task<Stream> Handle(ExportClients request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var matching = SearchClients.Filter(db, db.Clients.AsNoTracking(), request.Q, request.Category, request.Village, request.Need, today, stationId: request.StationId);
            var ordered = string.IsNullOrWhiteSpace(request.Sort)
                ? matching.OrderBy(c => c.Village).ThenBy(c => c.Name).ThenBy(c => c.Id)
                : SearchClients.Columns.Apply(matching, new SearchClients { Sort = request.Sort, Dir = request.Dir }.ResolvedSort);
            var clients = ordered
                .AsEnumerable()
                .Select(c => Row(c, today));
            return await Spreadsheet.XlsxAsync(WithHeaderWhenEmpty(clients), "服务对象", cancellationToken);
        }

        private static IDictionary<string, object?> Row(Client c, DateOnly today) => new Dictionary<string, object?>
        {
            [ClientSheet.Name] = c.Name,
            [ClientSheet.IdNumber] = Masking.IdNumber(c.IdNumber),
            [ClientSheet.NoIdReason] = c.NoIdReason,
            [ClientSheet.Sex] = c.Sex == Sex.Male ? "男" : "女",
            [ClientSheet.BirthDate] = c.BirthDate?.ToString("yyyy-MM-dd"),
            [ClientSheet.Ethnicity] = c.Ethnicity,
            [ClientSheet.Phone] = Masking.Phone(c.Phone),
            [ClientSheet.Village] = c.Village,
            [ClientSheet.Address] = c.CurrentAddress,
            [ClientSheet.RegisteredAddress] = c.RegisteredAddress,
            [ClientSheet.Categories] = string.Join("；", c.CategoriesOn(today).Select(ClientCategories.NameOf)),
        };
    }

    /// <summary>An empty result still gets the header row, so the file is a usable template.</summary>
    private static IEnumerable<IDictionary<string, object?>> WithHeaderWhenEmpty(IEnumerable<IDictionary<string, object?>> rows)
    {
        var any = false;
        foreach (var row in rows)
        {
            any = true;
            yield return row;
        }

        if (!any)
        {
            yield return ClientSheet.Columns.ToDictionary(c => c, _ => (object?)null);
        }
    }

    /// <summary>An empty roster with the column headers and one example row, for filling in.</summary>
    public static async Task<Stream> TemplateAsync(CancellationToken cancellationToken)
    {
        var example = new Dictionary<string, object?>
        {
            [ClientSheet.Name] = "张秀英",
            [ClientSheet.IdNumber] = "11010519491231002X",
            [ClientSheet.NoIdReason] = null,
            [ClientSheet.Sex] = "女",
            [ClientSheet.BirthDate] = "1949-12-31",
            [ClientSheet.Ethnicity] = "汉族",
            [ClientSheet.Phone] = "13912345678",
            [ClientSheet.Village] = "东湖村",
            [ClientSheet.Address] = "莲塘镇东湖村 1 号",
            [ClientSheet.RegisteredAddress] = "莲塘镇东湖村 1 号",
            [ClientSheet.Categories] = "最低生活保障对象；特殊困难老年人",
        };
        return await Spreadsheet.XlsxAsync([example], "服务对象", cancellationToken);
    }
}
