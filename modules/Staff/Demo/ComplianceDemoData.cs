using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modules.Staff.Compliance;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Demo;

/// <summary>
/// The demo workers' personnel records, a year of monthly supervision and their training, credited to the ledger
/// through the outbox like real ones (after the ledger's demo project exists). Built to show each reminder:
/// <c>worker03</c> must obtain the certificate within about two months, <c>worker08</c> is past the deadline,
/// <c>worker12</c> was hired recently and cannot sit the exam yet, <c>worker05</c> missed September's supervision,
/// <c>worker10</c> this month's, and <c>worker06</c> and <c>worker13</c> are behind on training.
/// </summary>
internal sealed class ComplianceDemoData(StaffDb db, TimeProvider clock) : IDemoData
{
    private static readonly string[] Topics =
    [
        "入户探访的安全与边界", "个案需求预估方法", "服务协议与知情同意", "小组带领技巧", "社区活动策划与风险预案", "困境儿童的识别与报告",
        "老年人心理支持", "社工伦理困境讨论", "个案会谈记录的写法", "危机介入", "志愿者的招募与管理", "年度服务总结与反思",
    ];

    private static readonly (string Course, string Organiser)[] Courses =
    [
        ("社会工作伦理与法规", "江西省社会工作协会"), ("儿童保护实务", "南昌市民政局"), ("老年社会工作", "南昌市社会工作协会"),
        ("个案管理方法", "江西师范大学社会工作系"), ("社会救助政策解读", "区民政局"),
    ];

    public int Order => 30;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.WorkerProfiles.AnyAsync(p => p.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = await Workers.StationWorkers(db).Where(w => w.IsDemo).OrderBy(w => w.UserName).ToListAsync(cancellationToken);
        var recorder = await db.Users.Where(u => u.IsDemo && db.UserRoles.Any(r => r.UserId == u.Id && r.RoleId == Roles.Lead)).Select(u => u.Id).FirstAsync(cancellationToken);
        var hired = new Dictionary<string, DateOnly>();
        for (var i = 0; i < workers.Count; i++)
        {
            var worker = workers[i];
            var profile = new WorkerProfile(worker.Id) { IsDemo = true };
            var (hiredOn, certificate, reason) = worker.UserName switch
            {
                "worker03" => (today.AddDays(-300), CertificateLevel.None, null),
                "worker08" => (today.AddDays(-385), CertificateLevel.None, null),
                "worker12" => (today.AddDays(-45), CertificateLevel.None, "工作年限不足，明年 6 月方可报考"),
                _ => (today.AddDays(-420 - (37 * i)), i % 3 == 0 ? CertificateLevel.Intermediate : CertificateLevel.Assistant, (string?)null),
            };
            profile.Update(
                hiredOn,
                i % 2 == 0 ? "本科（社会工作）" : "大专",
                certificate,
                certificate == CertificateLevel.None ? null : $"{hiredOn.Year + 1}3601{i + 1:0000}",
                certificate == CertificateLevel.None ? null : new DateOnly(hiredOn.Year + 1, 6, 20) < today ? new DateOnly(hiredOn.Year + 1, 6, 20) : hiredOn,
                reason,
                today,
                now);
            db.WorkerProfiles.Add(profile);
            hired[worker.Id] = hiredOn;
        }

        for (var month = 1; month <= today.Month; month++)
        {
            var date = new DateOnly(today.Year, month, 15);
            if (date > today)
            {
                break;
            }

            var session = new SupervisionSession(date, 2, month % 2 == 0 ? SupervisionMode.Online : SupervisionMode.InPerson, "刘老师（南昌市社会工作协会）", Topics[(month - 1) % Topics.Length], "集体督导：各站点社工汇报本月服务中的难点，督导者逐一回应并布置下月重点。", recorder, now);
            foreach (var worker in workers.Where(w => hired[w.Id] <= date))
            {
                var absent = (worker.UserName == "worker05" && month == 9) || (worker.UserName == "worker10" && month == today.Month);
                if (!absent)
                {
                    session.Attend(worker.Id, worker.StationId!);
                }
            }

            db.SupervisionSessions.Add(session);
            ComplianceMessages.Supervised(db, session, clock);
        }

        for (var i = 0; i < workers.Count; i++)
        {
            var worker = workers[i];
            var behind = worker.UserName is "worker06" or "worker13";
            foreach (var month in new[] { 1, 3, 6, 9, 11 })
            {
                var date = new DateOnly(today.Year, month, 10 + (i % 10));
                if (date > today || date < hired[worker.Id] || (behind && month > 6))
                {
                    continue;
                }

                var (course, organiser) = Courses[(i + month) % Courses.Length];
                var training = new TrainingRecord(worker.Id, worker.StationId!, course, organiser, date, 12 + (i % 3), recorder, now);
                db.TrainingRecords.Add(training);
                ComplianceMessages.Trained(db, training, clock);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
