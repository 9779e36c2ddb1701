using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Ledger;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modularity.Records;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Demo;

/// <summary>
/// An assistance record for every demo client on 低保, 特困, 低保边缘 or 支出型, each programme approved some months ago and
/// reviewed once or not yet — so the review list holds reviews in time, due within weeks and overdue by days to months,
/// as a station's year does — credited like real reviews.
/// </summary>
internal sealed class SocialAssistanceDemoData(SocialAssistanceDb db, IMediator mediator, SocialAssistanceRules rules, TimeProvider clock) : IDemoData
{
    private static readonly (string Category, ProgrammeKind Kind, TekunCare? Care)[] Programmes =
    [
        ("DIBAO", ProgrammeKind.Dibao, null), ("TEKUN_FS", ProgrammeKind.Tekun, TekunCare.Dispersed), ("TEKUN_JZ", ProgrammeKind.Tekun, TekunCare.Centralised),
        ("DIBAO_EDGE", ProgrammeKind.DibaoEdge, null), ("RIGID_EXP", ProgrammeKind.RigidExpense, null),
    ];

    public int Order => 33;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Files.AnyAsync(f => f.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.StationId is not null).ToList();
        var files = new Dictionary<string, AssistanceFile>();
        var dispersed = new List<(AssistanceFile File, Programme Programme)>();
        var n = 0;
        foreach (var (category, kind, care) in Programmes)
        {
            foreach (var client in (await mediator.Send(new ListClientsByCategory(category), cancellationToken)).Where(c => !c.IsArchived).OrderBy(c => c.Name))
            {
                var staff = workers.Where(w => w.StationId == client.StationId).ToList();
                if (staff.Count == 0)
                {
                    continue;
                }

                var worker = staff[n % staff.Count];
                if (!files.TryGetValue(client.Id, out var file))
                {
                    file = new AssistanceFile(client.Id, client.StationId, client.Name, worker.Id, now) { IsDemo = true };
                    files.Add(client.Id, file);
                    db.Files.Add(file);
                }

                var cls = kind == ProgrammeKind.Dibao ? (ManagementClass)(n % 3) : (ManagementClass?)null;
                var varies = kind == ProgrammeKind.Dibao && n % 5 == 4;
                var every = rules.ReviewEvery(kind, cls, varies);

                // A station's year: three in ten overdue (by days, by weeks, by months), two in ten due within the coming weeks,
                // the rest reviewed half-way and in time.
                int? dueIn = (n % 10) switch
                {
                    0 => -(3 + n % 7),
                    3 => -(20 + n % 15),
                    6 => -(60 + n % 50),
                    1 => 3 + n % 5,
                    4 => 10 + n % 14,
                    _ => null,
                };
                var start = dueIn is { } days ? today.AddDays(days).AddMonths(-every) : today.AddMonths(-every).AddDays(20);
                var programme = new Programme(client.Id, client.StationId, kind, start, $"民救审〔{start.Year}〕{100 + n}号", "区民政局", now)
                {
                    Area = n % 3 == 0 ? AssistanceArea.Urban : AssistanceArea.Rural, Coverage = kind == ProgrammeKind.Dibao ? (n % 7 == 6 ? DibaoCoverage.SinglePerson : DibaoCoverage.WholeHousehold) : null,
                    Class = cls, Care = care, SelfCare = kind == ProgrammeKind.Tekun ? (SelfCareAbility)(n % 3) : null, IncomeVaries = varies, IsDemo = true,
                };
                DateOnly? reviewed = null;
                if (dueIn is null)
                {
                    // Reviewed once half-way: the next review counts from it.
                    reviewed = start.AddMonths(Math.Max(1, every / 2));
                    if (reviewed <= today)
                    {
                        Review(file, programme, worker.Id, reviewed.Value, n);
                    }
                    else
                    {
                        reviewed = null;
                    }
                }

                programme.Schedule(every, reviewed);

                // 分散供养: visited last month, or — one in three — not since two months ago (overdue).
                if (rules.VisitEvery(kind, care) is { } visitEvery)
                {
                    var visited = today.AddMonths(n % 3 == 0 ? -2 : -1).AddDays(n % 3 == 1 ? 5 : 0);
                    programme.ScheduleVisits(visitEvery, visited < start ? null : visited);
                    dispersed.Add((file, programme));
                }
                db.Programmes.Add(programme);
                n++;
            }
        }

        // 临时救助 in each station with workers: an emergency one a week ago with papers still missing, a normal one past
        // its working-day limit at 公示, one taken two days ago.
        foreach (var station in files.Values.GroupBy(f => f.StationId))
        {
            var people = station.OrderBy(f => f.Name).ToList();
            if (people.Count < 3)
            {
                continue;
            }

            var emergency = new AidApplication(people[0].ClientId, station.Key, people[0].Name, people[0].WorkerId, AidRoute.Emergency, "fire", "夜间厨房起火，家中被褥、衣物烧毁，一家三口暂住亲戚家。", today.AddDays(-7), now) { IsDemo = true };
            emergency.AidFirst(2000, "镇民政办（先行救助）");
            emergency.DueOn = rules.Calendar.AddWorkingDays(emergency.AppliedOn, rules.EmergencyPapersWorkingDays);
            var late = new AidApplication(people[1].ClientId, station.Key, people[1].Name, people[1].WorkerId, AidRoute.Normal, "illness", "户主突发脑梗住院，自付医疗费用较大。", today.AddDays(-30), now) { IsDemo = true };
            late.Advance(AidStage.Investigated, today.AddDays(-26), null, null, null);
            late.Advance(AidStage.Publicised, today.AddDays(-20), null, null, null);
            late.DueOn = rules.Calendar.AddWorkingDays(late.AppliedOn, rules.TemporaryAidWorkingDays);
            var fresh = new AidApplication(people[2].ClientId, station.Key, people[2].Name, people[2].WorkerId, AidRoute.Normal, "education", "子女考入大学，学费和生活费一时无法筹措。", today.AddDays(-2), now) { IsDemo = true };
            fresh.DueOn = rules.Calendar.AddWorkingDays(fresh.AppliedOn, rules.TemporaryAidWorkingDays);
            db.AidApplications.AddRange(emergency, late, fresh);
        }

        Agreements(dispersed, today, now);
        Alerts(files.Values, today, now);
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// Care agreements of the 分散供养 特困 people, in each station (from the programme's start): the first's in force for two
    /// years, the second's ends in 12 days (to renew), the third has none (未签协议), the fourth's ran out five days ago
    /// (已过期), the fifth renewed one; the others are in force.
    /// </summary>
    private void Agreements(IEnumerable<(AssistanceFile File, Programme Programme)> dispersed, DateOnly today, DateTime now)
    {
        (string Name, string Relation)[] carers = [("张秀英", "邻居"), ("李建国", "侄子"), ("王桂兰", "村民"), ("刘志强", "外甥"), ("陈玉梅", "邻居"), ("杨德明", "远房亲戚")];
        const string duties = "每日送两餐并照看起居；每周打扫居室、换洗衣物两次；陪同就医、代购药品；发现身体或生活异常及时报告村（居）委会和镇民政办。";
        var k = 0;
        foreach (var station in dispersed.GroupBy(d => d.File.StationId))
        {
            var i = 0;
            foreach (var (file, programme) in station.OrderBy(d => d.File.Name))
            {
                var carer = carers[k++ % carers.Length];
                var band = programme.SelfCare ?? SelfCareAbility.PartlyLost;
                var start = programme.StartOn;
                CareAgreement Sign(DateOnly from, DateOnly to) =>
                    new(file.ClientId, file.StationId, file.WorkerId, programme.Id, new CareTerms
                    {
                        CarerName = carer.Name, CarerRelation = carer.Relation, CarerPhone = $"139{k * 7919 % 100000000:00000000}", Duties = duties,
                        FeeBand = band, MonthlyFee = rules.CareFeeFor(band), StartOn = from, EndOn = to, SignedBy = "镇民政办、照料人、本人", SignedOn = from,
                    }, now) { IsDemo = true };
                switch (i++ % 6)
                {
                    case 1:
                        db.CareAgreements.Add(Sign(start, today.AddDays(12)));
                        break;
                    case 2:
                        break;
                    case 3:
                        db.CareAgreements.Add(Sign(start, today.AddDays(-5)));
                        break;
                    case 4:
                        db.CareAgreements.Add(Sign(start, today.AddMonths(-2).AddDays(-1)));
                        db.CareAgreements.Add(Sign(today.AddMonths(-2), today.AddMonths(-2).AddYears(1).AddDays(-1)));
                        break;
                    default:
                        db.CareAgreements.Add(Sign(start, start.AddYears(2).AddDays(-1)));
                        break;
                }
            }
        }
    }

    /// <summary>
    /// One alert list imported last week: in each station with households, one verification overdue and two in time, and
    /// three rows whose ID numbers no client holds, left for the lead.
    /// </summary>
    private void Alerts(IEnumerable<AssistanceFile> files, DateOnly today, DateTime now)
    {
        var importedAt = LocalTime.StartOf(today.AddDays(-7)).AddHours(9);
        var import = new AlertImport("低收入人口动态监测预警名单（示例）.xlsx", "demo", importedAt) { IsDemo = true };
        var row = 1;
        (string Type, string Detail)[] alerts =
        [
            ("收入骤减", "家庭成员就业状态变化：社保缴费中断 3 个月"), ("医疗支出骤增", "近 3 个月个人自付医疗费用超过 2 万元"), ("家庭成员变化", "户籍信息显示家庭成员死亡"),
        ];
        foreach (var station in files.GroupBy(f => f.StationId))
        {
            var people = station.OrderBy(f => f.Name).Take(3).ToList();
            for (var i = 0; i < people.Count; i++)
            {
                var created = i == 0 ? importedAt.AddDays(-13) : importedAt;
                var due = LocalTime.DateOf(new DateTimeOffset(created, TimeSpan.Zero)).AddDays(rules.AlertVerifyDays);
                db.VerificationTasks.Add(new VerificationTask(import.Id, people[i].ClientId, station.Key, people[i].WorkerId, people[i].Name, alerts[i].Type, LocalTime.DateOf(new DateTimeOffset(created, TimeSpan.Zero)).AddDays(-1), alerts[i].Detail, due, created) { IsDemo = true });
                row++;
            }
        }

        (string Name, string Body)[] strangers = [("周某某", "36010219580312112"), ("吴某某", "36010219671105204"), ("郑某某", "36010219820723331")];
        foreach (var (name, body) in strangers)
        {
            db.UnmatchedAlerts.Add(new UnmatchedAlert(import.Id, ++row, body + CheckCharacter(body), name, "收入骤减", today.AddDays(-8), "失业登记，家庭人均收入可能低于低保标准") { IsDemo = true });
        }

        import.Rows = row - 1;
        import.Matched = row - 1 - strangers.Length;
        import.Unmatched = strangers.Length;
        db.AlertImports.Add(import);
    }

    private static char CheckCharacter(string body)
    {
        int[] weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
        return "10X98765432"[body.Select((c, k) => (c - '0') * weights[k]).Sum() % 11];
    }

    private void Review(AssistanceFile file, Programme programme, string workerId, DateOnly day, int n)
    {
        var review = new Review(file.ClientId, file.StationId, workerId, programme.Id, LocalTime.StartOf(day).AddHours(10), "入户核查：家庭人员无变化，户主务农，子女在校就读，住房为自建砖房。", ReviewConclusion.Maintain, clock.GetUtcNow().UtcDateTime)
        {
            IsDemo = true, Assets = "自建房一处，无车辆，存款不足 1 万元", MedicalExpense = n % 2 == 0 ? 8600 : 0,
        };
        review.AddMember(new ReviewMember { Name = file.Name, Relation = "户主", Business = 420, Transfer = 150 });
        review.AddMember(new ReviewMember { Name = "配偶", Relation = "配偶", Wages = 600 });
        review.AddMember(new ReviewMember { Name = "子女", Relation = "子女" });
        db.Reviews.Add(review);
        db.EnqueueCredit(
            SocialAssistanceMessages.Review(review.Id),
            new ServiceCredit(file.StationId, workerId, Indicators.Outreach, 1, day, [file.ClientId], $"{ProgrammeTerms.NameOf(programme.Kind)}入户复核：{file.Name}", SocialAssistanceMessages.Link(file.ClientId)),
            clock);
    }
}
