using MediatR;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modularity;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>
/// What the scan page shows before anyone types: the activity's name, place and times — only for a token of this
/// activity, so the page reveals nothing to a guessed address. Not the sheet, not the names of who came.
/// </summary>
[Requires(Access.Anyone)]
internal sealed record ReadScanPage(string ActivityId, string? Token) : IRequest<ScanPage>
{
    internal sealed class Handler(IServiceScopeFactory scopes, ScanCodes codes, VolunteerRules rules, TimeProvider clock) : IRequestHandler<ReadScanPage, ScanPage>
    {
        public async Task<ScanPage> Handle(ReadScanPage request, CancellationToken cancellationToken)
        {
            if (codes.Read(request.Token) is not { } code || code.ActivityId != request.ActivityId)
            {
                throw new NotFoundException("签到码无效：请扫描活动现场的二维码。");
            }

            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<ICurrentUserAccessor>().RunAsSystem();
            var db = scope.ServiceProvider.GetRequiredService<VolunteersDb>();
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == code.ActivityId, cancellationToken)
                ?? throw new NotFoundException("签到码无效：请扫描活动现场的二维码。");
            string? refusal = null;
            try
            {
                if (activity.CodeNonce != code.Nonce)
                {
                    throw new BusinessRuleException("这个签到码已经作废（社工更换了二维码）：请扫描现场新的二维码。");
                }

                activity.EnsureOpen();
                ScanCodes.CheckWindow(activity, clock.GetUtcNow().UtcDateTime, rules);
            }
            catch (BusinessRuleException e)
            {
                refusal = e.Message;
            }

            return new ScanPage(activity.Title, activity.Place, GetActivity.Local(activity.StartsAt), GetActivity.Local(activity.EndsAt), activity.OrganisationName ?? "民政服务站", refusal);
        }
    }
}

/// <summary>The activity as the volunteer's phone shows it; <see cref="Refusal"/> says why signing is not possible now.</summary>
public sealed record ScanPage(string Title, string Place, DateTimeOffset StartsAt, DateTimeOffset EndsAt, string Organiser, string? Refusal);
