using Platform.Contracts;
using Platform.Contracts.Identity;

namespace Platform.Modules.Notifications.Inbox;

internal static class Me
{
    public static string Id(ICurrentUser user) =>
        user.UserId is { } id && !user.IsSystem ? id : throw new ForbiddenException("请先登录。");
}
