using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modules.Volunteers.Activities;
using Platform.Modules.Volunteers.Data;
using Platform.Modules.Volunteers.Domain;

namespace Platform.Modules.Volunteers.Demo;

/// <summary>
/// Per station: a dozen volunteers, a team, two community social organisations (one registered with its code, one only
/// filed), three past activities closed with their hours credited like real ones, and one activity running today whose
/// QR code works now.
/// </summary>
internal sealed class VolunteersDemoData(VolunteersDb db, IMediator mediator, VolunteerRules rules, TimeProvider clock) : IDemoData
{
    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林"];
    private static readonly string[] Given = ["丽华", "建国", "秀英", "志强", "海燕", "文博", "晓梅", "国平", "春兰", "子涵", "俊杰", "雨欣", "德明", "桂芳", "浩然", "思琪"];
    private static readonly string[] Skills = ["陪伴聊天", "理发", "家电维修", "书法", "医护", "心理疏导", "法律咨询", "文艺演出"];

    public int Order => 40;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Activities.AnyAsync(a => a.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var today = LocalTime.Today(clock);
        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.StationId is not null && w.IsActive).ToList();
        var s = 0;
        foreach (var station in workers.GroupBy(w => w.StationId!).OrderBy(g => g.Key))
        {
            var staff = station.OrderBy(w => w.UserName).ToList();
            var people = new List<Volunteer>();
            for (var i = 0; i < 12; i++)
            {
                var name = Surnames[(s * 5 + i) % Surnames.Length] + Given[(s * 3 + i * 7) % Given.Length];
                var birth = new DateOnly(1960 + ((s * 7 + i * 3) % 45), 1 + (i % 12), 1 + ((s + i) % 27));
                var number = ResidentIdNumber.WithCheckCharacter($"360121{birth:yyyyMMdd}{(s * 40 + i * 3 + 11) % 1000:000}");
                var volunteer = new Volunteer(name, station.Key, now.AddDays(-200), VolunteerStatus.Checked)
                {
                    Consent = true,
                    Skills = Skills[(s + i) % Skills.Length],
                    Availability = i % 2 == 0 ? "周末" : "工作日下午",
                    NationalNumber = i % 3 == 0 ? null : $"3601{s:00}{i:0000}{(s * 13 + i) % 100:00}",
                };
                volunteer.SetDocument(DocumentType.ResidentId, number);
                volunteer.SetPhone($"13{(s + 5) % 10}{(s * 1000 + i * 77 + 1234) % 100000000:00000000}");
                db.Volunteers.Add(volunteer);
                db.VolunteerStations.Add(new VolunteerStation(volunteer.Id, station.Key, now.AddDays(-200)));
                people.Add(volunteer);
            }

            var team = new Team(station.Key, "邻里守望志愿服务队") { LeaderId = people[0].Id, Description = "陪伴独居老人、入户探访" };
            team.SetMembers(people.Take(8).Select(p => p.Id));
            db.Teams.Add(team);

            var registered = new Organisation(station.Key, "夕阳红互助协会") { Kind = "生活服务类", Contact = "何主任 0791-8566****", Uscc = Uscc.WithCheck($"51360121MJ{(s * 1111 + 2345) % 10000:0000}0{s % 10}X") };
            registered.MoveTo(CultivationStage.Incubating, today.AddMonths(-18));
            registered.MoveTo(CultivationStage.Cultivating, today.AddMonths(-12));
            registered.MoveTo(CultivationStage.Registered, today.AddMonths(-3));
            registered.SetMembers(people.Skip(2).Take(5).Select(p => p.Id));
            registered.AddSupport(today.AddMonths(-2), SupportKind.Training, "骨干能力建设培训（半天）");
            registered.AddSupport(today.AddMonths(-1), SupportKind.CoOrganised, "联合开展重阳节敬老活动");
            db.Organisations.Add(registered);
            var filed = new Organisation(station.Key, "广场舞文体队") { Kind = "文体活动类", Contact = "刘队长" };
            filed.MoveTo(CultivationStage.Incubating, today.AddMonths(-6));
            filed.MoveTo(CultivationStage.Filed, today.AddMonths(-2));
            filed.AddSupport(today.AddDays(-20), SupportKind.Resources, "链接社区活动室免费使用");
            db.Organisations.Add(filed);

            // Three past activities, closed and credited; then one today, running now.
            var titles = new[] { ("敬老院陪伴日", "县社会福利院", "陪老人聊天、读报、剪指甲"), ("爱心义剪", "村委会广场", "为行动不便老人理发"), ("关爱留守儿童课业辅导", "村小学", "辅导作业、讲安全知识") };
            for (var k = 0; k < titles.Length; k++)
            {
                var worker = staff[k % staff.Count];
                var day = today.AddDays(-(12 + (k * 19) + s));
                var activity = new Activity(station.Key, worker.Id, worker.DisplayName, titles[k].Item1)
                {
                    Place = titles[k].Item2, Content = titles[k].Item3, GroupServed = k == 2 ? "留守儿童" : "辖区老人", IsDemo = true,
                    StartsAt = CreateActivity.At(day, new TimeOnly(9, 0)), EndsAt = CreateActivity.At(day, new TimeOnly(11, 30)),
                    OrganisationId = k == 1 ? registered.Id : null, OrganisationName = k == 1 ? registered.Name : null,
                };
                db.Activities.Add(activity);
                var sheet = new List<Attendance>();
                foreach (var p in people.Where((_, i) => (i + k) % 3 != 0))
                {
                    var inAt = activity.StartsAt.AddMinutes((sheet.Count * 7) % 20);
                    var attendance = new Attendance(activity.Id, station.Key, p.Id, p.Name, inAt, sheet.Count % 4 == 0 ? AttendanceSource.Worker : AttendanceSource.Scan);
                    attendance.SignOut(activity.EndsAt.AddMinutes(-((sheet.Count * 11) % 25)), AttendanceSource.Scan, rules);
                    sheet.Add(attendance);
                }

                db.Attendances.AddRange(sheet);

                // Closed half an hour after the end, its total credited through the outbox like a real close.
                activity.Close(activity.EndsAt.AddMinutes(30), sheet.Sum(t => t.Hours));
                CloseActivity.Credit(db, activity, sheet.Count, clock);
            }

            var host = staff[0];
            var running = new Activity(station.Key, host.Id, host.DisplayName, "社区环境清洁日")
            {
                Place = "社区服务中心门前", Content = "清扫楼道、清理小广告、宣传垃圾分类", GroupServed = "社区居民", IsDemo = true,
                StartsAt = now.AddMinutes(-60), EndsAt = now.AddMinutes(120),
            };
            db.Activities.Add(running);
            for (var i = 0; i < 4; i++)
            {
                db.Attendances.Add(new Attendance(running.Id, station.Key, people[i].Id, people[i].Name, now.AddMinutes(-55 + (i * 5)), AttendanceSource.Scan));
            }

            s++;
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
