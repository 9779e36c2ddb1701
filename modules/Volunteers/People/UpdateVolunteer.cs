using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers.People;

/// <summary>
/// A worker of a station that knows the volunteer corrects or completes the record — and thereby checks one added by a
/// scan sign-in (核对): a document that belongs to someone else already is refused, never merged silently.
/// </summary>
[Requires(VolunteerPermissions.Record)]
internal sealed class UpdateVolunteer : VolunteerInput, IRequest, IAudited
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    string IAudited.AuditAction => "修改/核对志愿者";

    string? IAudited.AuditTarget => Id;

    internal sealed class Handler(VolunteersDb db, TimeProvider clock) : IRequestHandler<UpdateVolunteer, MediatR.Unit>
    {
        public async Task<MediatR.Unit> Handle(UpdateVolunteer request, CancellationToken cancellationToken)
        {
            var volunteer = await db.Known.FirstOrDefaultAsync(v => v.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这名志愿者，或不是本站点的志愿者。");
            await request.ApplyAsync(db, volunteer, LocalTime.Today(clock), cancellationToken);
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                throw new ConflictException("这个证件号码刚刚已被登记给另一名志愿者，请核对。", "documentNumber");
            }

            return MediatR.Unit.Value;
        }
    }
}
