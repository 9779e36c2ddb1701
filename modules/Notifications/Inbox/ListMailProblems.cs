using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>E-mails not sent yet or given up on, with their last error — for the administrator.</summary>
[Requires(NotificationsPermissions.Admin)]
public sealed record ListMailProblems(int Take = 200) : IRequest<IReadOnlyList<MailProblem>>
{
    internal sealed class Handler(NotificationsDb db) : IRequestHandler<ListMailProblems, IReadOnlyList<MailProblem>>
    {
        public async Task<IReadOnlyList<MailProblem>> Handle(ListMailProblems request, CancellationToken cancellationToken)
        {
            return await db.Mails.AsNoTracking()
                .Where(m => m.SentAt == null && (m.Attempts > 0 || m.GaveUpAt != null))
                .OrderByDescending(m => m.Id).Take(request.Take)
                .Select(m => new MailProblem(m.Id.ToString(), m.To, m.Subject, m.Attempts, m.LastError, m.NextAttemptAt, m.GaveUpAt, m.CreatedAt))
                .ToListAsync(cancellationToken);
        }
    }
}

public sealed record MailProblem(string Id, string To, string Subject, int Attempts, string? LastError, DateTime NextAttemptAt, DateTime? GaveUpAt, DateTime CreatedAt);
