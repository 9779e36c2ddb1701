using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>What registering and editing share: reading the ID number and applying the input to a client.</summary>
internal static class ClientRules
{
    /// <summary>A worker works at their own station; the lead and the administrator name the station.</summary>
    public static string StationFor(ICurrentUser user, string? requested)
    {
        var stationId = user.SeesAllStations() ? requested : user.StationId;
        return string.IsNullOrEmpty(stationId) ? throw new BusinessRuleException("请选择站点。", "stationId") : stationId;
    }

    public static async Task ApplyAsync(Client client, ClientInput input, RegistryDb db, IMediator mediator, DateOnly today, CancellationToken cancellationToken)
    {
        ResidentIdNumber? id = null;
        if (!string.IsNullOrWhiteSpace(input.IdNumber) && !ResidentIdNumber.TryParse(input.IdNumber, today, out id, out var error))
        {
            throw new BusinessRuleException(error!, "idNumber");
        }

        if (input.BirthDate > today)
        {
            throw new BusinessRuleException("出生日期不能晚于今天。", "birthDate");
        }

        client.SetIdentity(input.Name, id, input.NoIdReason, input.Sex!.Value, input.BirthDate);
        client.SetContact(input.Ethnicity, input.Phone, input.RegisteredAddress, input.Address, input.Village);
        if (id is not null)
        {
            await EnsureNotRegisteredElsewhereAsync(db, mediator, id.Value, client.Id, client.StationId, cancellationToken);
        }
    }

    /// <summary>One ID number, one archive: the refusal names the station that holds the person, and nothing more about them.</summary>
    public static async Task EnsureNotRegisteredElsewhereAsync(RegistryDb db, IMediator mediator, string idNumber, string clientId, string stationId, CancellationToken cancellationToken)
    {
        var holder = await db.Clients.IgnoreQueryFilters().AsNoTracking()
            .Where(c => c.IdNumber == idNumber && c.Id != clientId)
            .Select(c => c.StationId)
            .FirstOrDefaultAsync(cancellationToken);
        if (holder is not null)
        {
            throw new ConflictException(await DuplicateMessageAsync(mediator, holder, stationId, cancellationToken), "idNumber");
        }
    }

    /// <summary>
    /// The refusal of a second archive. A transfer is offered only when another station holds the person: at the
    /// station that already has them there is nothing to transfer, only the record to open.
    /// </summary>
    public static async Task<string> DuplicateMessageAsync(IMediator mediator, string holderStationId, string stationId, CancellationToken cancellationToken)
    {
        if (holderStationId == stationId)
        {
            return "此人已在本站登记，不能重复登记。";
        }

        var names = await mediator.Send(new GetStationNames(), cancellationToken);
        return $"该身份证号已在{names.GetValueOrDefault(holderStationId, "其他站点")}建档，不能重复登记；如需转到本站，请联系项目主管在此人的档案中办理转移。";
    }
}
