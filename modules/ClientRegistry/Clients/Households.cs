using Platform.Contracts.Identity;
using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Modules.ClientRegistry.Data;
using Platform.Modules.ClientRegistry.Domain;

namespace Platform.Modules.ClientRegistry.Clients;

/// <summary>The household a client belongs to, with each member's relation to the head; null when none is recorded.</summary>
[Requires(RegistryPermissions.View)]
public sealed record GetHousehold(string ClientId) : IRequest<HouseholdView?>
{
    internal sealed class Handler(RegistryDb db) : IRequestHandler<GetHousehold, HouseholdView?>
    {
        public async Task<HouseholdView?> Handle(GetHousehold request, CancellationToken cancellationToken)
        {
            await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var household = await Households.OfAsync(db, request.ClientId, cancellationToken);
            if (household is null)
            {
                return null;
            }

            // Members who are clients show under their archive's current name.
            var ids = household.Members.Where(m => m.ClientId != null).Select(m => m.ClientId!).ToList();
            var names = await db.Clients.Where(c => ids.Contains(c.Id)).ToDictionaryAsync(c => c.Id, c => c.Name, cancellationToken);
            return new HouseholdView(
                household.Id,
                household.Members
                    .OrderBy(m => Household.Relations.ToList().IndexOf(m.Relation)).ThenBy(m => m.Id)
                    .Select(m => new HouseholdMemberView(m.Id, m.ClientId, m.ClientId is { } id && names.TryGetValue(id, out var name) ? name : m.Name, m.Relation, m.Notes))
                    .ToList());
        }
    }
}

/// <summary>
/// Adds a member to a client's household, creating the household (with the client in <see cref="ClientRelation"/>,
/// 户主 by default) the first time. The member is a registered client — named by id or ID number — or a named person who is not one.
/// </summary>
[Requires(RegistryPermissions.Register)]
public sealed class AddHouseholdMember : IRequest<long>, IAudited
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

/// <summary>Removes a member from a client's household.</summary>
[Requires(RegistryPermissions.Register)]
public sealed record RemoveHouseholdMember(string ClientId, long MemberId) : IRequest<Unit>, IAudited
{
    string IAudited.AuditAction => "移除家庭成员";

    string? IAudited.AuditTarget => ClientId;

    string? IAudited.AuditDetail => $"成员 {MemberId}";

    internal sealed class Handler(RegistryDb db) : IRequestHandler<RemoveHouseholdMember, Unit>
    {
        public async Task<Unit> Handle(RemoveHouseholdMember request, CancellationToken cancellationToken)
        {
            await ClientLifecycle.FindAsync(db, request.ClientId, cancellationToken);
            var household = await Households.OfAsync(db, request.ClientId, cancellationToken)
                ?? throw new NotFoundException("该服务对象还没有家庭成员记录。");
            Households.RemoveMember(db, household, request.MemberId);
            await db.SaveChangesAsync(cancellationToken);
            return Unit.Value;
        }
    }
}

internal static class Households
{
    /// <summary>Takes a member out; a household left with nobody goes too.</summary>
    public static void RemoveMember(RegistryDb db, Household household, long memberId)
    {
        household.Remove(memberId);
        if (household.Members.Count == 0)
        {
            db.Households.Remove(household);
        }
    }

    public static Task<Household?> OfAsync(RegistryDb db, string clientId, CancellationToken cancellationToken) =>
        db.Households.FirstOrDefaultAsync(h => h.Members.Any(m => m.ClientId == clientId), cancellationToken);
}

/// <summary>A household as the client page shows it.</summary>
public sealed record HouseholdView(string Id, IReadOnlyList<HouseholdMemberView> Members);

/// <summary>A member: a client (with their id, to link) or a named person.</summary>
public sealed record HouseholdMemberView(long Id, string? ClientId, string Name, string Relation, string? Notes);
