using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Files;

/// <summary>The clients the caller may see who have an assistance record (open or not), to offer the rest one.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record ListHouseholdIds : IRequest<IReadOnlyList<string>>
{
    internal sealed class Handler(SocialAssistanceDb db) : IRequestHandler<ListHouseholdIds, IReadOnlyList<string>>
    {
        public async Task<IReadOnlyList<string>> Handle(ListHouseholdIds request, CancellationToken cancellationToken) =>
            await db.Files.AsNoTracking().Select(f => f.ClientId).ToListAsync(cancellationToken);
    }
}
