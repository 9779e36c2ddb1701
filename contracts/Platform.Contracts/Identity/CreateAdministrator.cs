using MediatR;

namespace Platform.Contracts.Identity;

/// <summary>Creates an administrator account (the <c>create-admin</c> command of a production first start).</summary>
[Requires(Access.System)]
public sealed record CreateAdministrator(string UserName, string DisplayName, string Password) : IRequest<string>, Auditing.IAudited
{
    string Auditing.IAudited.AuditAction => "创建管理员";

    string? Auditing.IAudited.AuditTarget => UserName;
}
