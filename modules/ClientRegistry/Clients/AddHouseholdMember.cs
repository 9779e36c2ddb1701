using Platform.Contracts.Identity;
using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>
/// Adds a member to a client's household, creating the household (with the client in <see cref="ClientRelation"/>,
/// 户主 by default) the first time. The member is a registered client — named by id or ID number — or a named person who is not one.
/// </summary>
[Requires(RegistryPermissions.Register)]
internal sealed class AddHouseholdMember : IRequest<long>, IAudited
{
    public string ClientId { get; set; } = "";

    /// <summary>The client's own relation to the head, used when the household is created.</summary>
    public string ClientRelation { get; set; } = "户主";

    public string? MemberClientId { get; set; }

    [StringLength(18, ErrorMessage = "身份证号应为 18 位。")]
    public string? MemberIdNumber { get; set; }

    [StringLength(50, ErrorMessage = "姓名不能超过 50 个字。")]
    public string? Name { get; set; }

    [Required(ErrorMessage = "请选择与户主的关系。")]
    public string Relation { get; set; } = "";

    [StringLength(200, ErrorMessage = "备注不能超过 200 个字。")]
    public string? Notes { get; set; }

    string IAudited.AuditAction => "添加家庭成员";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"{Relation}：{Name ?? MemberClientId ?? Masking.IdNumber(MemberIdNumber)}";

    internal sealed class Handler(RegistryDb db, TimeProvider clock) : IRequestHandler<AddHouseholdMember, long>
    {
        public async Task<long> Handle(AddHouseholdMember request, CancellationToken cancellationToken)
        {
            var client = await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var member = await MemberClientAsync(request, cancellationToken);
            if (member is null && string.IsNullOrWhiteSpace(request.Name))
            {
                throw new BusinessRuleException("请填写家庭成员姓名，或已建档成员的身份证号。", "name");
            }

            if (member?.Id == client.Id)
            {
                throw new BusinessRuleException("不能把服务对象本人再添加为自己的家庭成员。", "memberIdNumber");
            }

            var household = await Households.OfAsync(db, client.Id, cancellationToken);
            if (household is null)
            {
                household = new Household(client.StationId, clock.GetUtcNow().UtcDateTime);
                household.Add(client.Id, client.Name, request.ClientRelation, null);
                db.Households.Add(household);
            }

            if (member is not null && await Households.OfAsync(db, member.Id, cancellationToken) is { } other && other.Id != household.Id)
            {
                throw new ConflictException($"{member.Name}已是另一户的成员；请先从那一户移除。", "memberIdNumber");
            }

            var added = household.Add(member?.Id, member?.Name ?? request.Name!, request.Relation, request.Notes);
            await db.SaveChangesAsync(cancellationToken);
            return added.Id;
        }

        private async Task<Client?> MemberClientAsync(AddHouseholdMember request, CancellationToken cancellationToken)
        {
            if (!string.IsNullOrWhiteSpace(request.MemberClientId))
            {
                return await db.Clients.FirstOrDefaultAsync(c => c.Id == request.MemberClientId, cancellationToken)
                    ?? throw new BusinessRuleException("找不到这位已建档的成员，或其不属于您的站点。", "memberClientId");
            }

            if (!string.IsNullOrWhiteSpace(request.MemberIdNumber))
            {
                var number = request.MemberIdNumber.Trim().ToUpperInvariant();
                return await db.Clients.FirstOrDefaultAsync(c => c.IdNumber == number, cancellationToken)
                    ?? throw new BusinessRuleException("本站点没有这个身份证号的服务对象；未建档的成员请只填姓名。", "memberIdNumber");
            }

            return null;
        }
    }
}
