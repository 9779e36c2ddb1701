using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;
using Platform.Modules.Staff.Identity;

namespace Platform.Modules.Staff.Demo;

/// <summary>
/// The demo district: 7 stations, two workers each (<c>worker01</c>/<c>worker02</c> at the first,
/// and so on), the project lead <c>lead</c>, the bureau viewer <c>bureau</c> and the administrator
/// <c>admin</c>, all with the password <c>Demo@12345</c>.
/// </summary>
internal sealed class StaffDemoData(StaffDb db, UserManager<StaffUser> users, TimeProvider clock) : IDemoData
{
    public const string Password = "Demo@12345";

    private static readonly (string Town, string[] Workers)[] Towns =
    [
        ("莲塘镇", ["王丽", "陈静"]),
        ("向塘镇", ["李娜", "张伟"]),
        ("三江镇", ["刘芳", "杨帆"]),
        ("塘南镇", ["赵敏", "黄磊"]),
        ("幽兰镇", ["周婷", "吴强"]),
        ("蒋巷镇", ["徐慧", "孙浩"]),
        ("武阳镇", ["胡雪", "朱军"]),
    ];

    public int Order => 0;

    public Task<bool> IsPresentAsync(CancellationToken cancellationToken) =>
        db.Users.AnyAsync(u => u.IsDemo, cancellationToken);

    public async Task SeedAsync(CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var number = 0;
        for (var i = 0; i < Towns.Length; i++)
        {
            var (town, workers) = Towns[i];
            var station = new Station($"S{i + 1:00}", $"{town}民政服务站", town);
            db.Stations.Add(station);
            await db.SaveChangesAsync(cancellationToken);
            foreach (var worker in workers)
            {
                number++;
                await CreateAsync($"worker{number:00}", worker, Roles.Worker, station.Id);
            }
        }

        await CreateAsync("lead", "项目主管 林晓", Roles.Lead, null);
        await CreateAsync("bureau", "区民政局 郑科长", Roles.Bureau, null);
        await CreateAsync("admin", "系统管理员", Roles.Admin, null);
        await transaction.CommitAsync(cancellationToken);
    }

    private async Task CreateAsync(string userName, string displayName, string role, string? stationId)
    {
        var account = new StaffUser
        {
            UserName = userName,
            DisplayName = displayName,
            StationId = stationId,
            IsDemo = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        (await users.CreateAsync(account, Password)).ThrowIfFailed("userName");
        (await users.AddToRoleAsync(account, role)).ThrowIfFailed("role");
    }
}
