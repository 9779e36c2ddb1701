using Platform.Contracts.Identity;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Modules.SocialWork.Data;

namespace Platform.Modules.SocialWork.Cases;

/// <summary>One case by id; not found when the caller may not see it.</summary>
[Requires(SocialWorkPermissions.View)]
internal sealed record GetCase(string Id) : IRequest<CaseView>
{
    internal sealed class Handler(SocialWorkDb db, IMediator mediator) : IRequestHandler<GetCase, CaseView>
    {
        public async Task<CaseView> Handle(GetCase request, CancellationToken cancellationToken)
        {
            var @case = await db.Cases.AsNoTracking().FirstOrDefaultAsync(c => c.Id == request.Id, cancellationToken)
                ?? throw new NotFoundException("找不到这个个案，或您无权查看。");
            return CaseView.Of(@case, await WorkerNames.VisibleAsync(mediator, cancellationToken));
        }
    }
}
