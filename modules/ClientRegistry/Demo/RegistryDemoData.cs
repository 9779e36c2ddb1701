using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modularity.Records;
using Platform.Modules.ClientRegistry.Clients;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Demo;

/// <summary>About 300 realistic clients spread over the demo stations and categories (fixed seed, so every demo looks the same).</summary>
internal sealed class RegistryDemoData(RegistryDb db, IMediator mediator, TimeProvider clock) : IDemoData
{
    private const int Count = 300;

    private static readonly string[] Surnames = ["王", "李", "张", "刘", "陈", "杨", "黄", "赵", "吴", "周", "徐", "孙", "胡", "朱", "高", "林", "何", "郭", "罗", "熊", "万", "邓", "涂", "喻", "付"];
    private static readonly string[] MaleNames = ["建国", "国华", "志强", "永明", "德胜", "长根", "水生", "小军", "浩然", "子轩", "宇航", "明辉"];
    private static readonly string[] FemaleNames = ["秀英", "桂兰", "玉珍", "凤英", "春花", "淑珍", "美华", "欣怡", "梓涵", "雨萱", "丽萍", "金凤"];
    private static readonly string[] Villages = ["东湖村", "西山村", "南塘村", "北岭村", "新民社区", "和平社区", "光明村", "幸福社区"];

    private static readonly (string[] Categories, int MinAge, int MaxAge)[] Profiles =
    [
        (["DIBAO"], 30, 70),
        (["DIBAO", "SEVERE_DISAB"], 20, 65),
        (["TEKUN_FS", "ELDER_SPECIAL"], 65, 92),
        (["TEKUN_JZ"], 60, 90),
        (["ELDER_SPECIAL"], 60, 95),
        (["DIBAO_EDGE"], 35, 70),
        (["RIGID_EXP"], 30, 60),
        (["TEMP_AID"], 25, 70),
        (["LEFT_BEHIND"], 4, 15),
        (["DIFFICULT_CHILD", "DIBAO"], 3, 16),
        (["ORPHAN"], 2, 17),
        (["FACTO_UNSUPP"], 3, 16),
        (["MIGRANT_CHILD"], 5, 15),
        (["SMI"], 25, 60),
        (["VAGRANT"], 35, 70),
    ];

    public int Order => 10;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Clients.IgnoreQueryFilters().AnyAsync(c => c.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var stations = await mediator.Send(new GetStations(), cancellationToken);
        if (stations.Count == 0)
        {
            return;
        }

        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).ToLookup(w => w.StationId ?? "");
        var random = new Random(20261129);
        var now = clock.GetUtcNow();
        var today = LocalTime.DateOf(now);
        for (var i = 0; i < Count; i++)
        {
            var station = stations[i % stations.Count];
            var (categories, minAge, maxAge) = Profiles[random.Next(Profiles.Length)];
            var male = random.Next(2) == 0;
            var birth = today.AddYears(-random.Next(minAge, maxAge + 1)).AddDays(-random.Next(0, 365));
            var name = Surnames[random.Next(Surnames.Length)] + (male ? MaleNames : FemaleNames)[random.Next(MaleNames.Length)];
            // Registered over the past year; most archives completed a few weeks after registration.
            var registeredAt = now.AddDays(-random.Next(40, 330));
            var client = new Client(station.Id, registeredAt.UtcDateTime) { IsDemo = true };
            var homeless = categories.Contains("VAGRANT") && random.Next(3) == 0;
            ResidentIdNumber.TryParse(homeless ? null : IdNumber(birth, male, i), today, out var id, out _);
            client.SetIdentity(name, id, homeless ? "身份不明的流浪人员，已报公安协助寻亲" : null, male ? Sex.Male : Sex.Female, birth);
            var village = Villages[random.Next(Villages.Length)];
            client.SetContact("汉族", homeless ? null : $"1{random.Next(30, 99)}{random.Next(10000000, 99999999)}", null, $"{station.Town}{village}{random.Next(1, 80)}号", village);
            client.SetCurrentCategories(categories, today.AddDays(-random.Next(30, 900)), "演示数据");
            db.Clients.Add(client);
            db.EnqueueAbout(RegistryMessages.Client(client), "registered", new ClientRegistered(client.Id, client.StationId, client.CategoriesOn(today)), clock);

            // Most archives were completed by one of the station's workers over the past months; the rest still lack a section.
            if (random.NextDouble() < 0.65)
            {
                var completedAt = registeredAt.AddDays(random.Next(3, 35));
                FillArchive(client, birth, today, random, completedAt.UtcDateTime);
                var worker = workers[station.Id].ElementAtOrDefault(random.Next(2));
                if (worker is not null)
                {
                    ArchiveCompletion.CreditIfComplete(db, client, worker.Id, completedAt, clock);
                }
            }

            if (categories.Contains("LEFT_BEHIND"))
            {
                var household = new Household(station.Id, now.UtcDateTime);
                household.Add(null, name[..1] + (random.Next(2) == 0 ? "老汉" : "奶奶"), "户主", "祖辈监护");
                household.Add(client.Id, client.Name, "孙子女/外孙子女", null);
                household.Add(null, name[..1] + "父", "子女", "在广东务工");
                db.Households.Add(household);
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    private static readonly string[] Healths = ["良好", "一般，偶有小病", "较差，常年服药", "高血压，控制尚可", "糖尿病，需定期复查"];
    private static readonly string[] Minds = ["情绪稳定", "偶有孤独感，愿意交流", "情绪低落，需关注", "性格开朗，乐于参加活动"];
    private static readonly string[] Families = ["独居", "与老伴同住", "与子女同住", "由祖辈照料，父母在外务工", "三口之家"];
    private static readonly string[] Incomes = ["低保金", "低保金、养老金", "务工收入、低保金", "特困供养金", "子女赡养、养老金"];
    private static readonly string[] Housings = ["自有砖房", "自有砖房，屋顶漏雨", "租住", "公租房", "危房已改造"];
    private static readonly (string Kind, string Text)[] NeedSamples =
    [
        ("care", "日常生活照料，需要助餐"),
        ("medical", "慢性病需定期送医取药"),
        ("psychological", "情绪低落，需要心理疏导"),
        ("education", "学习困难，需要课业辅导"),
        ("financial", "医疗支出大，申请临时救助"),
        ("housing", "房屋漏雨需修缮"),
        ("social", "希望参加社区活动"),
        ("safety", "独居需安装紧急呼叫设备"),
    ];

    private static void FillArchive(Client client, DateOnly birth, DateOnly today, Random random, DateTime now)
    {
        var old = today.Year - birth.Year >= 60;
        client.SetProfile(
            new ClientProfile
            {
                Health = Healths[random.Next(Healths.Length)],
                ChronicIllness = old && random.Next(2) == 0 ? "高血压" : null,
                SelfCare = old ? (SelfCare)random.Next(3) : SelfCare.Able,
                Psychological = Minds[random.Next(Minds.Length)],
                FamilyStructure = today.Year - birth.Year < 18 ? Families[3] : Families[random.Next(Families.Length)],
                Guardian = today.Year - birth.Year < 18 ? "祖父母" : null,
                IncomeSources = Incomes[random.Next(Incomes.Length)],
                Housing = Housings[random.Next(Housings.Length)],
                SupportNetwork = "邻里互助，村委会定期走访",
            },
            now);
        foreach (var (kind, text) in NeedSamples.OrderBy(_ => random.Next()).Take(random.Next(1, 3)))
        {
            var need = client.AddNeed(kind, text, (NeedPriority)random.Next(3), null, now);
            if (random.Next(3) == 0)
            {
                need.Update(need.Description, need.Priority, NeedStatus.InProgress, null, now);
            }
        }
    }

    /// <summary>A valid number in 南昌县 (360121) whose sequence is the demo index (0–599), so no two collide.</summary>
    private static string IdNumber(DateOnly birth, bool male, int index) =>
        ResidentIdNumber.WithCheckCharacter($"360121{birth:yyyyMMdd}{index * 2 + (male ? 1 : 0):000}");
}
