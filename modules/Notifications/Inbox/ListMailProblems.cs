using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts.Identity;
using Platform.Modules.Notifications.Data;

namespace Platform.Modules.Notifications.Inbox;

/// <summary>E-mails not sent yet or given up on, with their last error — for the administrator.</summary>
[Requires(NotificationsPermissions.Admin)]
internal sealed record ListMailProblems(int Take = 200) : IRequest<IReadOnlyList<MailProblem>>
{
    internal sealed class Handler(NotificationsDb db) : IRequestHandler<ListMailProblems, IReadOnlyList<MailProblem>>
    {
        public async Task<IReadOnlyList<MailProblem>> Handle(ListMailProblems request, CancellationToken cancellationToken)
        {
            return await db.Mails.AsNoTracking()
                .Where(m => m.SentAt == null && (m.Attempts > 0 || m.GaveUpAt != null))
                .OrderByDescending(m => m.Id).Take(request.Take)
                .Select(m => new MailProblem
                {
                    Id = m.Id.ToString(),
                    To = m.To,
                    Subject = m.Subject,
                    Attempts = m.Attempts,
                    LastError = m.LastError,
                    NextAttemptAt = m.NextAttemptAt,
                    GaveUpAt = m.GaveUpAt,
                    CreatedAt = m.CreatedAt,
                })
                .ToListAsync(cancellationToken);
        }
    }
}

public sealed record MailProblem
{
    public required string Id { get; init; }

    public required string To { get; init; }

    public required string Subject { get; init; }

    public required int Attempts { get; init; }

    public required string? LastError { get; init; }

    public required DateTime NextAttemptAt { get; init; }

    public required DateTime? GaveUpAt { get; init; }

    public required DateTime CreatedAt { get; init; }
}
