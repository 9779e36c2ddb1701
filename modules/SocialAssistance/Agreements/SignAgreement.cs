using System.Text.Json.Serialization;
using MediatR;
using Microsoft.AspNetCore.Http;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modularity.Files;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Agreements;

/// <summary>
/// Records a care agreement (委托照料服务协议) of a 分散供养 特困 person of the caller's station: the carer, the duties, the
/// fee band (from the programme's self-care ability unless chosen), the period, who signed, and — on the page, or later
/// through the API — the signed scan. A period overlapping another agreement of the person is refused (409, naming
/// <c>startOn</c>): one is in force at a time; end the old one early, or start the new one after it. Signing goes on
/// the client's timeline through the outbox, in the agreement's own transaction.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class SignAgreement : AgreementForm, IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    /// <summary>The signed scan posted with the page's form (the API attaches it afterwards, as multipart).</summary>
    [JsonIgnore]
    internal IFormFile? Scan { get; set; }

    string IAudited.AuditAction => "签订分散供养照料协议";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{StartOn:yyyy-MM-dd}–{EndOn:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, SocialAssistanceRules rules, IUploadStore store, ICurrentUser user, TimeProvider clock) : IRequestHandler<SignAgreement, string>
    {
        public async Task<string> Handle(SignAgreement request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记照料协议");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.ClientId == file.ClientId && p.EndOn == null && p.Kind == ProgrammeKind.Tekun && p.Care == TekunCare.Dispersed, cancellationToken)
                ?? throw new BusinessRuleException($"{file.Name}没有在享的分散供养特困供养，不需要照料协议。", "clientId");
            var terms = await request.CheckAsync(db, rules, LocalTime.Today(clock), file.ClientId, programme.SelfCare, null, cancellationToken);
            var agreement = new CareAgreement(file.ClientId, station, user.UserId!, programme.Id, terms, clock.GetUtcNow().UtcDateTime);
            if (request.Scan is { } scan && (scan.Length > 0 || !string.IsNullOrEmpty(scan.FileName)))
            {
                agreement.AttachScan(await AgreementScans.StoreAsync(store, scan, cancellationToken));
            }

            db.CareAgreements.Add(agreement);

            // Two agreements signed at once for one person: the programme's version lets only the first through (409).
            db.Entry(programme).State = EntityState.Modified;
            var source = SocialAssistanceMessages.Agreement(agreement.Id);
            db.EnqueueTimeline(source, [file.ClientId], LocalTime.Of(new DateTimeOffset(LocalTime.StartOf(agreement.SignedOn).AddHours(9), TimeSpan.Zero)), "签订分散供养照料协议",
                $"照料人{agreement.CarerName}（{agreement.CarerRelation}），{terms.StartOn:yyyy-MM-dd} 至 {terms.EndOn:yyyy-MM-dd}，{AgreementTerms.BandName(terms.FeeBand)}", SocialAssistanceMessages.Link(file.ClientId), clock);
            await db.SaveChangesAsync(cancellationToken);
            return agreement.Id;
        }
    }
}

/// <summary>Signed scans: a photo or a PDF, checked and kept by the upload store; a refusal names the scan field.</summary>
internal static class AgreementScans
{
    public static async Task<StoredUpload> StoreAsync(IUploadStore store, IFormFile scan, CancellationToken cancellationToken)
    {
        try
        {
            await using var content = scan.OpenReadStream();
            return await store.SaveAsync(SocialAssistanceMessages.Module, UploadKind.Scan, content, scan.FileName, cancellationToken);
        }
        catch (BusinessRuleException e) when (e is not ConflictException)
        {
            throw new BusinessRuleException(e.Message, "scan");
        }
    }
}
