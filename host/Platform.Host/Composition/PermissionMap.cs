using Platform.Contracts.Identity;
using Platform.Host.Modules;

namespace Platform.Host.Composition;

/// <summary>Every enabled module's permissions and the roles that hold them, plus the platform's own (<see cref="Access"/>).</summary>
internal sealed class PermissionMap(ModuleCatalog catalog)
{
    private readonly Dictionary<string, Modularity.Permission> _byCode = catalog.Enabled.SelectMany(m => m.Module.Permissions).ToDictionary(p => p.Code);

    /// <summary>Whether the caller holds the permission; the system holds every one.</summary>
    public bool Allows(ICurrentUser user, string code) => code switch
    {
        Access.Anyone => true,
        Access.SignedIn => user.IsSystem || user.IsAuthenticated,
        Access.System => user.IsSystem,
        _ => user.IsSystem || (_byCode.TryGetValue(code, out var permission) && permission.Roles.Any(user.IsInRole)),
    };

    /// <summary>The Chinese refusal for a caller who lacks the permission.</summary>
    public string Refusal(ICurrentUser user, string code)
    {
        if (code == Access.System)
        {
            return "这项操作只由平台自动完成。";
        }

        if (!user.IsAuthenticated)
        {
            return "请先登录。";
        }

        var role = string.Join("、", user.Roles.Select(Roles.DisplayName));
        return _byCode.TryGetValue(code, out var permission)
            ? $"您的角色（{role}）无权进行此操作：{permission.Description}限{string.Join("、", permission.Roles.Select(Roles.DisplayName))}。"
            : "这项功能所在的模块未启用。";
    }
}
