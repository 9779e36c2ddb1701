using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Identity;
using Platform.Modules.Volunteers.Data;

namespace Platform.Modules.Volunteers.Activities;

/// <summary>The sign-in token of an activity, for its QR code: for the station's workers (a lead or the bureau does not run the sign-in).</summary>
[Requires(VolunteerPermissions.Record)]
internal sealed record GetScanCode(string ActivityId) : IRequest<ScanCode>
{
    internal sealed class Handler(VolunteersDb db, ScanCodes codes, VolunteerRules rules) : IRequestHandler<GetScanCode, ScanCode>
    {
        public async Task<ScanCode> Handle(GetScanCode request, CancellationToken cancellationToken)
        {
            var activity = await db.Activities.AsNoTracking().FirstOrDefaultAsync(a => a.Id == request.ActivityId, cancellationToken)
                ?? throw new NotFoundException("找不到这次活动，或您无权查看。");
            var margin = TimeSpan.FromMinutes(rules.CodeMarginMinutes);
            return new ScanCode(activity.Id, codes.For(activity), GetActivity.Local(activity.StartsAt - margin), GetActivity.Local(activity.EndsAt + margin));
        }
    }
}

/// <summary>The token and the window it is good for (local times); the page for it is <c>/volunteers/scan/{ActivityId}?t={Token}</c>.</summary>
public sealed record ScanCode(string ActivityId, string Token, DateTimeOffset ValidFrom, DateTimeOffset ValidUntil)
{
    public string Path => $"/{VolunteerMessages.Module}/scan/{ActivityId}?t={Uri.EscapeDataString(Token)}";
}
