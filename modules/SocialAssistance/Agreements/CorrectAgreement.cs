using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// Corrects what was mistyped in a care agreement in force or not yet begun (the carer, the duties, the fee, the
/// period, the signing), with the signing's own checks; any worker of the station may. Ended early or run out: 409.
/// Changed since read (<see cref="Version"/>): 409. The audit log keeps each change, old → new.
/// </summary>
[Requires(SocialAssistancePermissions.Record, Owner = Ownership.Any, Record = typeof(Domain.CareAgreement))]
public sealed class CorrectAgreement : AgreementForm, IRequest, IAudited, IAboutRecord
{
    [JsonIgnore]
    public string Id { get; set; } = "";

    /// <summary>The version the page or app read: a correction always says which, so it never overwrites one it has not seen.</summary>
    [Required(ErrorMessage = "请带上读取协议时的版本号（version），以免覆盖别人刚保存的内容。")]
    public int? Version { get; set; }

    /// <summary>Filled by the handler: the fields that changed, old → new.</summary>
    internal string? Changes { get; private set; }

    string IAboutRecord.RecordId => Id;

    string IAudited.AuditAction => "更正照料协议";

    string? IAudited.AuditTarget => Id;

    string? IAudited.AuditDetail => Changes;

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<CorrectAgreement, Unit>
    {
        public async Task<Unit> Handle(CorrectAgreement request, CancellationToken cancellationToken)
        {
            var agreement = await AgreementRecords.ForChangeAsync(db, request.Id, request.Version, cancellationToken);
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == agreement.ProgrammeId, cancellationToken);
            var today = LocalTime.Today(clock);
            agreement.GuardCorrectable(today);
            var before = agreement.Terms;
            agreement.Correct(await request.CheckAsync(db, rules, today, agreement.ClientId, programme?.SelfCare, agreement, cancellationToken), today);
            request.Changes = agreement.Terms.Audited().DifferencesFrom(before.Audited()) ?? "（无改动）";
            if (programme is not null && (agreement.StartOn != before.StartOn || agreement.EndOn != before.EndOn))
            {
                // A period moved while another agreement is signed for the person: the programme's version lets only one through (409).
                db.Entry(programme).State = EntityState.Modified;
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

/// <summary>One care agreement as the caller may see it (the carer's ID number masked), with its version, for the correction form.</summary>
[Requires(SocialAssistancePermissions.View)]
internal sealed record GetAgreement(string Id) : IRequest<AgreementLine>
{
    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceRules rules, TimeProvider clock) : IRequestHandler<GetAgreement, AgreementLine>
    {
        public async Task<AgreementLine> Handle(GetAgreement request, CancellationToken cancellationToken)
        {
            var line = await AgreementLines.Of(db, db.CareAgreements.AsNoTracking().Where(a => a.Id == request.Id), null, openFilesOnly: false).FirstOrDefaultAsync(cancellationToken)
                ?? throw new NotFoundException("找不到这份照料协议，或您无权查看。");
            return line.On(LocalTime.Today(clock), rules.AgreementRemindDays);
        }
    }
}
