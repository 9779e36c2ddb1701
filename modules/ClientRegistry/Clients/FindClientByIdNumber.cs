using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.ClientRegistry.Data;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// The client the caller may see (their station's, archived too) holding this ID number, or null: the register form
/// links the record a refused duplicate already has. Asking by a full ID number is audited, as a search by it is.
/// </summary>
[Requires(RegistryPermissions.View)]
internal sealed record FindClientByIdNumber(string IdNumber) : IRequest<string?>, IAudited
{
    string IAudited.AuditAction => "按身份证号查询服务对象";

    string? IAudited.AuditTarget => Masking.IdNumber(IdNumber.Trim());

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<FindClientByIdNumber, string?>
    {
        public async Task<string?> Handle(FindClientByIdNumber request, CancellationToken cancellationToken)
        {
            if (!ResidentIdNumber.TryParse(request.IdNumber, LocalTime.Today(clock), out var number, out _))
            {
                return null;
            }

            return await db.Clients.AsNoTracking().Where(c => c.IdNumber == number!.Value).Select(c => c.Id).FirstOrDefaultAsync(cancellationToken);
        }
    }
}
