using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>Changes a client's basic facts and current categories; another station's client does not exist for the caller.</summary>
[Requires(RegistryPermissions.Register)]
public sealed class UpdateClient : ClientInput, IRequest<Unit>, IAudited
{
    public string Id { get; set; } = "";

    string IAudited.AuditAction => "修改服务对象档案";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Changes;

    /// <summary>Filled by the handler: the fields that changed, old → new (ID numbers and phones masked).</summary>
    internal string? Changes { get; private set; }

    internal sealed class Handler(RegistryDb db, IMediator mediator, TimeProvider clock) : IRequestHandler<UpdateClient, Unit>
    {
        public async Task<Unit> Handle(UpdateClient request, CancellationToken cancellationToken)
        {
            var client = await db.Clients.FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到该服务对象，或其不属于您的站点。");
            var now = clock.GetUtcNow();
            var today = LocalTime.DateOf(now);
            var before = ClientSnapshot.Of(client, today);
            await ClientRules.ApplyAsync(client, request, db, mediator, today, cancellationToken);
            var categoriesChanged = client.SetCurrentCategories(request.Categories, today, request.CategoryBasis);
            request.Changes = ClientSnapshot.Of(client, today).DifferencesFrom(before);
            if (categoriesChanged)
            {
                db.EnqueueAbout(RegistryMessages.Client(client), $"categories:{Guid.NewGuid():N}", new ClientCategoriesChanged(client.Id, client.StationId, client.CategoriesOn(today)), clock);
            }

            client.Touch(now.UtcDateTime);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}
