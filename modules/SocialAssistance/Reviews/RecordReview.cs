using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;
using Platform.Modules.SocialAssistance.Files;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>
/// A review of one programme (动态管理): a home visit with the household economic assessment and the conclusion for the
/// office. Credited as a home visit (OUTREACH, 2 h) and put on the head's timeline through the outbox, in the review's own
/// transaction; the next review falls due from its day. The needs found go on the head's archive and are offered for a
/// referral to a resource (待链接需求), through the outbox too.
/// </summary>
[Requires(SocialAssistancePermissions.Record)]
public sealed class RecordReview : IRequest<string>, IAudited
{
    [JsonIgnore]
    public string ClientId { get; set; } = "";

    [Required(AllowEmptyStrings = false, ErrorMessage = "请选择复核的救助项目。")]
    public string ProgrammeId { get; set; } = "";

    [Required(ErrorMessage = "请填写入户复核时间。")]
    public DateTimeOffset? VisitedAt { get; set; }

    [Required(AllowEmptyStrings = false, ErrorMessage = "请填写入户看到的家庭情况。")]
    [StringLength(4000, ErrorMessage = "家庭情况不能超过 4000 字。")]
    public string Findings { get; set; } = "";

    [Required(ErrorMessage = "请选择复核意见（维持、建议调整或建议停保）。")]
    public ReviewConclusion? Conclusion { get; set; }

    [MaxLength(20, ErrorMessage = "家庭成员最多填写 20 人。")]
    public List<MemberIncome> Members { get; set; } = [];

    [StringLength(500, ErrorMessage = "家庭财产不能超过 500 字。")]
    public string? Assets { get; set; }

    [Range(typeof(decimal), "0", "99999999", ErrorMessage = "医疗支出须为 0 或正数（元）。")] public decimal? MedicalExpense { get; set; }
    [Range(typeof(decimal), "0", "99999999", ErrorMessage = "教育支出须为 0 或正数（元）。")] public decimal? EducationExpense { get; set; }
    [Range(typeof(decimal), "0", "99999999", ErrorMessage = "康复支出须为 0 或正数（元）。")] public decimal? RehabilitationExpense { get; set; }
    [Range(typeof(decimal), "0", "99999999", ErrorMessage = "意外支出须为 0 或正数（元）。")] public decimal? AccidentExpense { get; set; }

    [StringLength(500, ErrorMessage = "需求不能超过 500 字。")]
    public string? Needs { get; set; }

    /// <summary>The kind of the needs (a <see cref="NeedKinds"/> code; "other" when left out), kept with them on the archive and on the 待链接 list.</summary>
    [StringLength(20, ErrorMessage = "请从列表中选择需求类型。")]
    public string? NeedKind { get; set; }

    string IAudited.AuditAction => "社会救助入户复核";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Conclusion} {VisitedAt:yyyy-MM-dd}";

    internal sealed class Handler(SocialAssistanceDb db, SocialAssistanceFiles files, ICurrentUser user, TimeProvider clock) : IRequestHandler<RecordReview, string>
    {
        public async Task<string> Handle(RecordReview request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记社会救助复核");
            var file = await files.ForRecordingAsync(request.ClientId, cancellationToken);
            var visitedAt = request.VisitedAt!.Value;
            VisitTime.Check(visitedAt, clock, "入户复核");
            var programme = await db.Programmes.FirstOrDefaultAsync(p => p.Id == request.ProgrammeId && p.ClientId == file.ClientId, cancellationToken)
                ?? throw new BusinessRuleException("请选择这户家庭的一个救助项目。", "programmeId");
            var day = LocalTime.DateOf(visitedAt);
            programme.EnsureReviewable(day);
            var needs = Clean(request.Needs);
            var needKind = NeedKinds.CodeOrOther(request.NeedKind);

            for (var i = 0; i < request.Members.Count; i++)
            {
                request.Members[i].Check(i + 1);
            }

            var review = new Review(file.ClientId, station, user.UserId!, programme.Id, visitedAt.UtcDateTime, request.Findings.Trim(), request.Conclusion!.Value, clock.GetUtcNow().UtcDateTime)
            {
                Assets = Clean(request.Assets), Needs = needs, NeedKind = needs is null ? null : needKind,
                MedicalExpense = request.MedicalExpense ?? 0, EducationExpense = request.EducationExpense ?? 0,
                RehabilitationExpense = request.RehabilitationExpense ?? 0, AccidentExpense = request.AccidentExpense ?? 0,
            };
            foreach (var m in request.Members)
            {
                review.AddMember(new ReviewMember { Name = m.Name!.Trim(), Relation = m.Relation!.Trim(), Wages = m.Wages ?? 0, Business = m.Business ?? 0, Property = m.Property ?? 0, Transfer = m.Transfer ?? 0 });
            }

            db.Reviews.Add(review);
            if (programme.LastReviewOn is not { } last || last < day)
            {
                programme.Schedule(programme.ReviewEveryMonths, day);
            }

            // A review is a home visit: it is the month's visit of a 分散供养 特困 person too (credited once, as the review).
            programme.Visited(day);

            var source = SocialAssistanceMessages.Review(review.Id);
            var link = SocialAssistanceMessages.Link(file.ClientId);
            var what = $"{ProgrammeTerms.NameOf(programme.Kind)}入户复核";
            db.EnqueueCredit(source, new ServiceCredit(station, review.WorkerId, Indicators.Outreach, 1, day, [file.ClientId], $"{what}：{file.Name}", link), clock);
            db.EnqueueTimeline(source, [file.ClientId], LocalTime.Of(visitedAt), what, $"复核意见：{ProgrammeTerms.NameOf(review.Conclusion)}", link, clock);

            if (needs is not null)
            {
                db.EnqueueNeeds(source, new NeedOccasion(station, review.WorkerId, visitedAt, what, link), [new RecordedNeed(file.ClientId, needKind, needs)], clock);
            }
            await db.SaveChangesAsync(cancellationToken);
            return review.Id;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}

/// <summary>One member's monthly income by source on the assessment form, yuan.</summary>
public sealed class MemberIncome
{
    public string? Name { get; set; }

    public string? Relation { get; set; }

    public decimal? Wages { get; set; }

    public decimal? Business { get; set; }

    public decimal? Property { get; set; }

    public decimal? Transfer { get; set; }

    /// <summary>A row of the form left wholly blank.</summary>
    internal bool IsBlank => string.IsNullOrWhiteSpace(Name) && string.IsNullOrWhiteSpace(Relation) && Wages is null or 0 && Business is null or 0 && Property is null or 0 && Transfer is null or 0;

    internal void Check(int n)
    {
        if (string.IsNullOrWhiteSpace(Name) || Name.Trim().Length > 50)
        {
            throw new BusinessRuleException($"第 {n} 位家庭成员请填写姓名（50 字以内）。", $"members[{n - 1}].name");
        }

        if (string.IsNullOrWhiteSpace(Relation) || Relation.Trim().Length > 20)
        {
            throw new BusinessRuleException($"请填写{Name!.Trim()}与户主的关系（20 字以内）。", $"members[{n - 1}].relation");
        }

        if (new[] { Wages, Business, Property, Transfer }.Any(v => v < 0 || v > 9999999))
        {
            throw new BusinessRuleException($"{Name!.Trim()}的各项月收入须为 0 或正数（元）；经营亏损请填 0 并在家庭情况中说明。", $"members[{n - 1}].wages");
        }
    }
}
