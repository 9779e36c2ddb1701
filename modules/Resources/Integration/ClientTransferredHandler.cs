using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;

namespace Platform.Modules.Resources.Integration;

/// <summary>
/// A client moved to another station (转站): their open referrals and the needs still waiting go with them, so the new
/// station's lists, figures and digest show them; an open referral's follow-ups go to the new station's first worker
/// (by user name, as the kit gives a moved file's visits). Closed referrals, and needs dismissed or withdrawn, stay the
/// history of the station that handled them. Taken once: a second delivery finds nothing left at the old station, and
/// a delivery the registry has overtaken (the client has since moved on or back) changes nothing.
/// </summary>
internal sealed class ClientTransferredHandler(ResourcesDb db, IMediator mediator, TimeProvider clock) : INotificationHandler<ClientTransferred>
{
    public async Task Handle(ClientTransferred notification, CancellationToken cancellationToken)
    {
        var (from, to) = (notification.FromStationId, notification.ToStationId);
        if (from == to || await mediator.Send(new GetClient(notification.ClientId), cancellationToken) is not { } client || client.StationId != to)
        {
            return;
        }

        var referrals = await db.Referrals.IgnoreQueryFilters()
            .Where(r => r.ClientId == client.Id && r.StationId == from && (r.Status == ReferralStatus.Referred || r.Status == ReferralStatus.Connected))
            .ToListAsync(cancellationToken);
        var needs = await db.Needs.IgnoreQueryFilters()
            .Where(n => n.ClientId == client.Id && n.StationId == from && (n.State == OfferedNeedState.Waiting || n.State == OfferedNeedState.Referred))
            .ToListAsync(cancellationToken);
        if (referrals.Count == 0 && needs.Count == 0)
        {
            return;
        }

        var worker = (await mediator.Send(new GetStationWorkers(to), cancellationToken))
            .Where(w => w.IsActive).OrderBy(w => w.UserName, StringComparer.Ordinal).FirstOrDefault();
        var now = clock.GetUtcNow().UtcDateTime;
        foreach (var referral in referrals)
        {
            referral.HandOver(to, worker?.Id ?? "", now);
        }

        var moved = referrals.Select(r => r.Id).ToHashSet();
        foreach (var need in needs.Where(n => n.State == OfferedNeedState.Waiting || (n.ReferralId is { } id && moved.Contains(id))))
        {
            need.MoveTo(to);
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
