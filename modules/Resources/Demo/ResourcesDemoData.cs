using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Registry;
using Platform.Contracts.Staff;
using Platform.Modularity;
using Platform.Modules.Resources.Data;
using Platform.Modules.Resources.Domain;
using Platform.Modules.Resources.Referrals;

namespace Platform.Modules.Resources.Demo;

/// <summary>
/// A directory of ten resources — six for the whole district, two for each of the first two stations — and, at every
/// station, referrals of its clients in each status: one 已转介 whose follow-up is overdue, one 已对接 due next week,
/// one 已解决 and one 未能解决 with the reason; on the timeline like real ones. The needs of the demo visits arrive
/// through the social-work module's outbox as 待链接 needs.
/// </summary>
internal sealed class ResourcesDemoData(ResourcesDb db, IMediator mediator, TimeProvider clock) : IDemoData
{
    public int Order => 40;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) => db.Resources.IgnoreQueryFilters().AnyAsync(r => r.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        var today = LocalTime.Today(clock);
        var now = clock.GetUtcNow().UtcDateTime;
        var stations = (await mediator.Send(new GetStations(), cancellationToken)).Where(s => s.IsActive).ToList();
        var workers = (await mediator.Send(new GetStationWorkers(), cancellationToken)).Where(w => w.StationId is not null && w.IsActive).ToList();

        Resource Add(string station, ResourceKind kind, string name, string offers, string forWhom, string? conditions, string contact, string phone)
        {
            var r = new Resource(station, kind, name, "demo", now)
            {
                Offers = offers, ForWhom = forWhom, Conditions = conditions, ContactPerson = contact, ContactPhone = phone, IsDemo = true,
            };
            db.Resources.Add(r);
            return r;
        }

        var district = new[]
        {
            Add(Resource.District, ResourceKind.Policy, "临时救助（急难型）", "因意外事件、突发重病等陷入生活困境的家庭，可申请临时救助金", "辖区户籍及常住困难群众", "向户籍地或居住地镇街提出申请；情况紧急可先行救助", "区民政局社会救助科", "0791-86001234"),
            Add(Resource.District, ResourceKind.Charity, "区慈善总会“微心愿”项目", "为困难老人、儿童实现助学、助医、生活用品等小额心愿", "低保、特困家庭及困境儿童", "由社工提交心愿单，每户每年一次", "刘芳", "13907910011"),
            Add(Resource.District, ResourceKind.PublicService, "区法律援助中心", "免费法律咨询、代写文书、代理诉讼", "经济困难群众、老年人、残疾人、未成年人", "携带身份证和经济困难证明", "王律师", "0791-12348"),
            Add(Resource.District, ResourceKind.PublicService, "区残疾人康复服务中心", "康复评估、辅具适配、居家康复指导", "持证残疾人", "持残疾人证预约", "陈医生", "0791-86005678"),
            Add(Resource.District, ResourceKind.Enterprise, "惠民家政服务公司", "助洁、助浴等居家照料，困难老人享受优惠价", "60 岁以上困难老人", "按次收费，特困老人由政府购买服务", "赵经理", "13807912233"),
            Add(Resource.District, ResourceKind.Policy, "困难家庭学生教育资助", "学前至高中阶段资助、免学杂费", "低保、特困、低保边缘家庭在校学生", "开学后一个月内向学校提交申请", "区教育局资助中心", "0791-86007788"),
        };
        var local = new List<Resource>();
        foreach (var (station, i) in stations.Take(2).Select((s, i) => (s, i)))
        {
            local.Add(Add(station.Id, ResourceKind.VolunteerTeam, $"{station.Town}“夕阳红”志愿服务队", "每周上门陪伴、代购、读报", "独居、空巢老人", null, i == 0 ? "李队长" : "周队长", i == 0 ? "13612340001" : "13612340002"));
            local.Add(Add(station.Id, ResourceKind.CommunityOrganisation, $"{station.Town}邻里互助会", "邻里结对互助、应急看护", "本社区居民", "由社区居委会推荐", i == 0 ? "孙阿姨" : "吴阿姨", i == 0 ? "13712340001" : "13712340002"));
        }

        var clients = (await mediator.Send(new ListClientsByCategory("DIBAO"), cancellationToken))
            .Concat(await mediator.Send(new ListClientsByCategory("ELDER_SPECIAL"), cancellationToken))
            .Where(c => !c.IsArchived).DistinctBy(c => c.Id).ToList();
        foreach (var station in stations)
        {
            var worker = workers.FirstOrDefault(w => w.StationId == station.Id);
            var people = clients.Where(c => c.StationId == station.Id).OrderBy(c => c.Name).Take(4).ToList();
            if (worker is null || people.Count == 0)
            {
                continue;
            }

            var mine = local.Where(r => r.StationId == station.Id).ToList();
            var plans = new (Resource Resource, string Kind, string Need, int DaysAgo, ReferralStatus To, int? FollowUpIn)[]
            {
                (district[1], "education", "孩子上学缺少书包和冬衣", 12, ReferralStatus.Referred, -2),
                (mine.FirstOrDefault() ?? district[4], "care", "独居，需要有人每周上门看看", 20, ReferralStatus.Connected, 5),
                (district[2], "legal", "赡养纠纷，想咨询如何要求子女支付赡养费", 40, ReferralStatus.Resolved, null),
                (district[3], "medical", "行动不便，想申请轮椅", 30, ReferralStatus.Unresolved, null),
            };
            for (var i = 0; i < plans.Length; i++)
            {
                var (resource, kind, need, daysAgo, to, followUpIn) = plans[i];
                var client = people[i % people.Count];
                var referral = new Referral(station.Id, worker.Id, client.Id, client.Name, resource, kind, need, today.AddDays(-daysAgo), now) { IsDemo = true };
                referral.FollowUp(followUpIn is { } f ? today.AddDays(f) : today.AddDays(-daysAgo + 7));
                if (to != ReferralStatus.Referred)
                {
                    referral.MoveTo(ReferralStatus.Connected, today.AddDays(-daysAgo + 3), null, null, now);
                }

                if (to == ReferralStatus.Resolved)
                {
                    referral.MoveTo(ReferralStatus.Resolved, today.AddDays(-daysAgo + 15), "律师当面解答，已协助写好调解申请，子女同意每月支付赡养费。", null, now);
                    referral.FollowUp(null);
                }
                else if (to == ReferralStatus.Unresolved)
                {
                    referral.MoveTo(ReferralStatus.Unresolved, today.AddDays(-daysAgo + 10), null, "未办理残疾人证，暂不符合辅具适配条件；已协助预约残疾评定。", now);
                    referral.FollowUp(null);
                }
                else if (followUpIn is { } fu)
                {
                    referral.FollowUp(today.AddDays(fu));
                }

                db.Referrals.Add(referral);
                ReferralMessages.Made(db, referral, clock);
                if (referral.IsClosed)
                {
                    ReferralMessages.Closed(db, referral, clock);
                }
            }
        }

        await db.SaveChangesAsync(cancellationToken);
    }
}
