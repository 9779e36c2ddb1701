using MediatR;
using Platform.Contracts.Registry;

namespace Platform.Host.Web;

/// <summary>
/// <c>GET /api/v1/clients/pick?q=</c>: the clients the caller may see that match a name or ID-number fragment, for the
/// shared client picker (<c>_ClientPicker</c>, <c>js/client-picker.js</c>) that searches while a worker types.
/// It sends the registry's own <see cref="FindClients"/>, so the station filter and masking are the registry's.
/// </summary>
internal static class ClientPicker
{
    public const int MostMatches = 20;

    private const int LongestQuery = 50;

    /// <summary>One match as the picker lists it: no full ID number, no phone.</summary>
    public sealed record Match(string Id, string Name, string? Village, string? MaskedIdNumber, bool IsArchived);

    public static void MapClientPicker(this IEndpointRouteBuilder api) =>
        api.MapGet("/clients/pick", async (string? q, string? limit, IMediator mediator, CancellationToken cancellationToken) =>
        {
            var errors = new Dictionary<string, string[]>();
            var query = q?.Trim() ?? "";
            if (query.Length == 0)
            {
                errors["q"] = ["请输入服务对象的姓名或证件号（后四位即可）再查找。"];
            }
            else if (query.Length > LongestQuery)
            {
                errors["q"] = [$"查找内容最多 {LongestQuery} 个字，请只输入姓名或证件号后几位。"];
            }

            var most = MostMatches;
            if (limit is not null && (!int.TryParse(limit, out most) || most < 1 || most > MostMatches))
            {
                errors["limit"] = [$"limit 须是 1–{MostMatches} 之间的整数。"];
            }

            if (errors.Count > 0)
            {
                return Results.ValidationProblem(errors, title: errors.First().Value[0]);
            }

            var found = await mediator.Send(new FindClients(query, most), cancellationToken);
            return Results.Ok(found.Select(c => new Match(c.Id, c.Name, c.Village, c.MaskedIdNumber, c.IsArchived)));
        })
        .RequireAuthorization()
        .WithName("PickClients")
        .WithTags("platform");
}
