using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>Signing in or out.</summary>
public enum ScanAction
{
    /// <summary>签到.</summary>
    In,
    /// <summary>签退.</summary>
    Out,
}

/// <summary>
/// A volunteer signs in or out on their phone, without an account: the QR code's token (valid only for this activity and
/// only in its window) is the authority, with their name and the last four characters of their ID number or phone. A
/// person not known yet is added as a volunteer awaiting the worker's check. The write runs as the platform in a scope
/// of its own, since the caller has no station; nothing but this activity's sheet can be reached from here.
/// </summary>
[Requires(Access.Anyone)]
public sealed class ScanSignIn : IRequest<ScanResult>
{
    [JsonIgnore]
    public string ActivityId { get; set; } = "";

    [Required(ErrorMessage = "签到码无效，请重新扫描现场的二维码。")]
    [StringLength(1000, ErrorMessage = "签到码无效，请重新扫描现场的二维码。")]
    public string Token { get; set; } = "";

    [Required(ErrorMessage = "请填写姓名。")]
    [StringLength(20, MinimumLength = 2, ErrorMessage = "请填写 2–20 字的真实姓名。")]
    public string Name { get; set; } = "";

    [Required(ErrorMessage = "请填写身份证号或手机号的后四位。")]
    [RegularExpression("^[0-9Xx]{4}$", ErrorMessage = "请填写身份证号或手机号的后四位（数字，身份证最后一位可以是 X）。")]
    public string Last4 { get; set; } = "";

    [EnumDataType(typeof(ScanAction), ErrorMessage = "请选择签到或签退。")]
    public ScanAction Action { get; set; }

    internal sealed class Handler(IServiceScopeFactory scopes, ScanCodes codes, VolunteerRules rules, TimeProvider clock) : IRequestHandler<ScanSignIn, ScanResult>
    {
        public async Task<ScanResult> Handle(ScanSignIn request, CancellationToken cancellationToken)
        {
            var token = codes.Read(request.Token);
            if (token is not { } code || code.ActivityId != request.ActivityId)
            {
                throw new BusinessRuleException("这个签到码不属于本次活动，或已被篡改：请扫描活动现场的二维码。", "token");
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<VolunteersDb>();
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == code.ActivityId, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动。");
            if (activity.CodeNonce != code.Nonce)
            {
                throw new BusinessRuleException("这个签到码已经作废（社工更换了二维码）：请扫描现场新的二维码。", "token");
            }

            activity.EnsureOpen();
            var now = clock.GetUtcNow().UtcDateTime;
            ScanCodes.CheckWindow(activity, now, rules);

            var name = request.Name.Trim();
            var last4 = request.Last4.ToUpperInvariant();
            var volunteer = await FindAsync(db, activity.StationId, name, last4, cancellationToken);
            var attendance = volunteer is null ? null : await db.Attendances.FirstOrDefaultAsync(t => t.ActivityId == activity.Id && t.VolunteerId == volunteer.Id, cancellationToken);
            if (request.Action == ScanAction.Out)
            {
                if (attendance is null)
                {
                    throw new BusinessRuleException("没有找到您本次活动的签到：请先签到，或核对姓名和后四位是否与签到时一致。", "name");
                }

                attendance.SignOut(now, AttendanceSource.Scan, rules);
                await db.SaveChangesAsync(cancellationToken);
                return new ScanResult($"{attendance.VolunteerName}，签退成功。本次服务 {attendance.Hours:0.##} 小时，谢谢您！", attendance.VolunteerName, GetActivity.Local(now), attendance.Hours, volunteer!.Status == VolunteerStatus.AwaitingCheck);
            }

            if (attendance is not null)
            {
                return new ScanResult($"{attendance.VolunteerName}，您已在 {GetActivity.Local(attendance.SignedInAt):HH:mm} 签到，活动结束时请再扫码签退。", attendance.VolunteerName, GetActivity.Local(attendance.SignedInAt), null, volunteer!.Status == VolunteerStatus.AwaitingCheck);
            }

            var isNew = volunteer is null;
            if (volunteer is null)
            {
                volunteer = new Volunteer(name, activity.StationId, now, VolunteerStatus.AwaitingCheck) { ClaimedLast4 = last4 };
                db.Volunteers.Add(volunteer);
            }

            if (isNew || !await db.VolunteerStations.AnyAsync(s => s.VolunteerId == volunteer.Id && s.StationId == activity.StationId, cancellationToken))
            {
                db.VolunteerStations.Add(new VolunteerStation(volunteer.Id, activity.StationId, now));
            }

            db.Attendances.Add(new Attendance(activity.Id, activity.StationId, volunteer.Id, volunteer.Name, now, AttendanceSource.Scan));
            try
            {
                await db.SaveChangesAsync(cancellationToken);
            }
            catch (DbUpdateException)
            {
                // The same person's second tap raced the first: the unique sheet row kept one of them.
                throw new ConflictException("您刚才已经签到，请勿重复提交。");
            }

            return new ScanResult(
                isNew ? $"{volunteer.Name}，签到成功（{GetActivity.Local(now):HH:mm}）。您是第一次参加，社工稍后会核对您的信息。" : $"{volunteer.Name}，签到成功（{GetActivity.Local(now):HH:mm}）。",
                volunteer.Name, GetActivity.Local(now), null, volunteer.Status == VolunteerStatus.AwaitingCheck);
        }

        /// <summary>
        /// The one person with this name and these last four characters (of their ID number, phone, or what they gave at an
        /// earlier scan) — the station's own volunteer first, as two people of one name and four digits are rare but possible.
        /// </summary>
        private static async Task<Volunteer?> FindAsync(VolunteersDb db, string stationId, string name, string last4, CancellationToken cancellationToken)
        {
            var candidates = await db.Volunteers.Where(v => v.Name == name && (v.DocumentLast4 == last4 || v.PhoneLast4 == last4 || v.ClaimedLast4 == last4))
                .Select(v => new { Volunteer = v, Here = db.VolunteerStations.Any(s => s.VolunteerId == v.Id && s.StationId == stationId) })
                .ToListAsync(cancellationToken);
            return candidates.OrderByDescending(c => c.Here).ThenBy(c => c.Volunteer.Status).ThenBy(c => c.Volunteer.CreatedAt).Select(c => c.Volunteer).FirstOrDefault();
        }
    }
}

/// <summary>What the volunteer's phone shows after a scan.</summary>
public sealed record ScanResult(string Message, string Name, DateTimeOffset At, decimal? Hours, bool AwaitingCheck);
