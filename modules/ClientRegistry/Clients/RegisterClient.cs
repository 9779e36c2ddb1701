using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Registers a client at the caller's station (the lead or administrator names the station). The basic facts
/// alone register the person; the archive's other sections are filled in later.
/// </summary>
[Requires(RegistryPermissions.Register)]
public sealed class RegisterClient : ClientInput, IRequest<string>, IAudited
{
    /// <summary>Only for roles that span stations; a worker always registers at their own station.</summary>
    public string? StationId { get; set; }

    string IAudited.AuditAction => "登记服务对象";

    string? IAudited.AuditTarget => null;

    internal sealed class Handler(RegistryDb db, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<RegisterClient, string>
    {
        public async Task<string> Handle(RegisterClient request, CancellationToken cancellationToken)
        {
            var stationId = ClientRules.StationFor(user, request.StationId);

            var now = clock.GetUtcNow();
            var today = LocalTime.DateOf(now);
            var client = new Client(stationId, now.UtcDateTime);
            await ClientRules.ApplyAsync(client, request, db, mediator, today, cancellationToken);
            client.SetCurrentCategories(request.Categories, today, request.CategoryBasis);
            db.Clients.Add(client);
            db.EnqueueAbout(RegistryMessages.Client(client), "registered", new ClientRegistered(client.Id, client.StationId, client.CategoriesOn(today)), clock);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException) when (client.IdNumber is not null)
            {
                // Two registrations of the same person raced; the unique index kept one of them.
                var holder = await RegisteredMeanwhileAsync(client, cancellationToken);
                if (holder is null)
                {
                    throw;
                }

                throw new ConflictException(await ClientRules.DuplicateMessageAsync(mediator, holder, stationId, cancellationToken), "idNumber");
            }

            return client.Id;
        }

        private async Task<string?> RegisteredMeanwhileAsync(Client client, CancellationToken cancellationToken)
        {
            db.ChangeTracker.Clear();
            return await db.Clients.IgnoreQueryFilters().AsNoTracking().Where(c => c.IdNumber == client.IdNumber).Select(c => c.StationId).FirstOrDefaultAsync(cancellationToken);
        }
    }
}
