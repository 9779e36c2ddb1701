using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Contracts.Staff;
using Platform.Modules.ChildWelfare.Data;
using Platform.Modules.ChildWelfare.Domain;

namespace Platform.Modules.ChildWelfare.Children;

/// <summary>
/// Opens or updates a child's file (一人一档). The client must be a child (under 18) of the caller's station holding a
/// child category; 事实无人抚养 is computed from the parents' situations, each of which needs its evidence and date.
/// </summary>
[Requires(ChildWelfarePermissions.Record)]
public sealed class SaveChildFile : IRequest, IAudited
{
    [System.Text.Json.Serialization.JsonIgnore]
    public string ClientId { get; set; } = "";

    /// <summary>The worker responsible for the child's visits; the caller when empty.</summary>
    public string? WorkerId { get; set; }

    [StringLength(50, ErrorMessage = "监护人姓名不能超过 50 字。")] public string? GuardianName { get; set; }
    [StringLength(20, ErrorMessage = "监护人关系不能超过 20 字。")] public string? GuardianRelation { get; set; }
    [StringLength(20, ErrorMessage = "监护人电话不能超过 20 个字符。")] public string? GuardianPhone { get; set; }
    [StringLength(500, ErrorMessage = "监护能力不能超过 500 字。")] public string? GuardianCapacity { get; set; }
    [StringLength(50, ErrorMessage = "照料人姓名不能超过 50 字。")] public string? CaregiverName { get; set; }
    [StringLength(20, ErrorMessage = "照料人关系不能超过 20 字。")] public string? CaregiverRelation { get; set; }
    [StringLength(20, ErrorMessage = "照料人电话不能超过 20 个字符。")] public string? CaregiverPhone { get; set; }
    public ParentSituation Father { get; set; }
    [StringLength(500, ErrorMessage = "父亲情况的证明不能超过 500 字。")] public string? FatherEvidence { get; set; }
    public DateOnly? FatherSince { get; set; }
    public ParentSituation Mother { get; set; }
    [StringLength(500, ErrorMessage = "母亲情况的证明不能超过 500 字。")] public string? MotherEvidence { get; set; }
    public DateOnly? MotherSince { get; set; }
    [StringLength(500, ErrorMessage = "就学情况不能超过 500 字。")] public string? Schooling { get; set; }
    [StringLength(500, ErrorMessage = "健康情况不能超过 500 字。")] public string? Health { get; set; }
    [StringLength(500, ErrorMessage = "残疾情况不能超过 500 字。")] public string? Disability { get; set; }
    [StringLength(500, ErrorMessage = "儿童主任不能超过 500 字。")] public string? ChildDirector { get; set; }
    public RiskLevel Risk { get; set; }
    [StringLength(500, ErrorMessage = "风险原因不能超过 500 字。")] public string? RiskReasons { get; set; }

    /// <summary>One of the project's key children (重点关爱对象), owed a monthly home visit.</summary>
    public bool IsKeyChild { get; set; }

    string IAudited.AuditAction => "保存儿童档案";

    string? IAudited.AuditTarget => ClientId;

    internal sealed class Handler(ChildWelfareDb db, ChildFiles files, IMediator mediator, ICurrentUser user, TimeProvider clock) : IRequestHandler<SaveChildFile, Unit>
    {
        public async Task<Unit> Handle(SaveChildFile request, CancellationToken cancellationToken)
        {
            var station = user.StationFor("登记儿童档案和探视");
            var client = await files.EligibleAsync(request.ClientId, station, cancellationToken);
            var workerId = string.IsNullOrWhiteSpace(request.WorkerId) ? user.UserId! : request.WorkerId;
            if (workerId != user.UserId && !(await mediator.Send(new GetStationWorkers(station), cancellationToken)).Any(w => w.Id == workerId && w.IsActive))
            {
                throw new BusinessRuleException("负责社工须是本站点的社工。", "workerId");
            }

            if (request.Risk != RiskLevel.Low && string.IsNullOrWhiteSpace(request.RiskReasons))
            {
                throw new BusinessRuleException("风险等级为中或高时，请写明原因。", "riskReasons");
            }

            var now = clock.GetUtcNow().UtcDateTime;
            var file = await db.Children.FirstOrDefaultAsync(c => c.ClientId == client.Id, cancellationToken);
            if (file is null)
            {
                file = new ChildFile(client.Id, station, client.Name, workerId, now);
                db.Children.Add(file);
            }

            file.EnsureOpen();

            file.Name = client.Name;
            file.WorkerId = workerId;
            file.GuardianName = Clean(request.GuardianName);
            file.GuardianRelation = Clean(request.GuardianRelation);
            file.GuardianPhone = Clean(request.GuardianPhone);
            file.GuardianCapacity = Clean(request.GuardianCapacity);
            file.CaregiverName = Clean(request.CaregiverName);
            file.CaregiverRelation = Clean(request.CaregiverRelation);
            file.CaregiverPhone = Clean(request.CaregiverPhone);
            file.Father = request.Father;
            file.FatherEvidence = request.Father == ParentSituation.Present ? null : Clean(request.FatherEvidence);
            file.FatherSince = request.Father == ParentSituation.Present ? null : request.FatherSince;
            file.Mother = request.Mother;
            file.MotherEvidence = request.Mother == ParentSituation.Present ? null : Clean(request.MotherEvidence);
            file.MotherSince = request.Mother == ParentSituation.Present ? null : request.MotherSince;
            file.Schooling = Clean(request.Schooling);
            file.Health = Clean(request.Health);
            file.Disability = Clean(request.Disability);
            file.ChildDirector = Clean(request.ChildDirector);
            file.Risk = request.Risk;
            file.RiskReasons = Clean(request.RiskReasons);
            file.MarkKey(request.IsKeyChild, LocalTime.Today(clock));
            file.UpdatedAt = now;
            file.CheckParents();
            var today = LocalTime.Today(clock);
            if (file.FatherSince > today || file.MotherSince > today)
            {
                throw new BusinessRuleException("父母情况的起始日期不能晚于今天。", file.FatherSince > today ? "fatherSince" : "motherSince");
            }

            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }

        private static string? Clean(string? text) => string.IsNullOrWhiteSpace(text) ? null : text.Trim();
    }
}
