using Platform.Contracts.Identity;
using Platform.Contracts;
using MediatR;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Registry;
using Platform.Modules.ClientRegistry.Clients;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Areas.ClientRegistry.Pages.Widgets;

/// <summary>Dashboard widget: how many clients the caller's station (or all stations) serves, by category.</summary>
[Authorize(Policy = RegistryPermissions.View)]
public sealed class SummaryModel(IMediator mediator) : PageModel
{
    public int Total { get; private set; }

    public IReadOnlyList<(string Code, string Name, int Count)> ByCategory { get; private set; } = [];

    public async Task OnGetAsync()
    {
        var summary = await mediator.Send(new SummarizeClients());
        Total = summary.Total;
        ByCategory = summary.ByCategory.Select(c => (c.Code, ClientCategories.NameOf(c.Code), c.Count)).ToList();
    }
}

/// <summary>Counts of the clients the caller may see: in total and by category held today.</summary>
[Requires(RegistryPermissions.View)]
internal sealed record SummarizeClients : IRequest<ClientSummaryCounts>
{
    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<SummarizeClients, ClientSummaryCounts>
    {
        public async Task<ClientSummaryCounts> Handle(SummarizeClients request, CancellationToken cancellationToken)
        {
            var today = LocalTime.Today(clock);
            var clients = db.Clients.AsNoTracking().Where(c => !c.IsArchived);
            var total = await clients.CountAsync(cancellationToken);
            var byCategory = await clients
                .SelectMany(c => c.Categories)
                .Where(h => h.StartDate <= today && (h.EndDate == null || h.EndDate >= today))
                .GroupBy(h => h.Code)
                .Select(g => new CategoryCount(g.Key, g.Count()))
                .ToListAsync(cancellationToken);
            return new ClientSummaryCounts(total, byCategory.OrderByDescending(c => c.Count).ToList());
        }
    }
}

internal sealed record ClientSummaryCounts(int Total, IReadOnlyList<CategoryCount> ByCategory);

internal sealed record CategoryCount(string Code, int Count);
