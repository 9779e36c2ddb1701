using System.ComponentModel.DataAnnotations;
using MediatR;
using Microsoft.EntityFrameworkCore;
using Platform.Contracts;
using Platform.Contracts.Auditing;
using Platform.Contracts.Identity;
using Platform.Modules.Sample.Data;

namespace Platform.Modules.Sample;

/// <summary>The notes the caller may see (a worker: their station's), newest first.</summary>
[Requires(SamplePermissions.View)]
public sealed record ListNotes : IRequest<IReadOnlyList<NoteView>>
{
    internal sealed class Handler(SampleDb db) : IRequestHandler<ListNotes, IReadOnlyList<NoteView>>
    {
        public async Task<IReadOnlyList<NoteView>> Handle(ListNotes request, CancellationToken cancellationToken) =>
            await db.Notes.AsNoTracking().OrderByDescending(n => n.CreatedAt).Take(200)
                .Select(n => new NoteView(n.Id, n.Text, n.CreatedAt)).ToListAsync(cancellationToken);
    }
}

public sealed record NoteView(string Id, string Text, DateTime CreatedAt);

/// <summary>A station worker adds a note to their station.</summary>
[Requires(SamplePermissions.Record)]
public sealed class AddNote : IRequest<string>, IAudited
{
    [Required(ErrorMessage = "请填写内容。")]
    [StringLength(500, ErrorMessage = "内容不能超过 500 字。")]
    public string Text { get; set; } = "";

    string IAudited.AuditAction => "示例模块：登记";

    string? IAudited.AuditTarget => null;

    internal sealed class Handler(SampleDb db, ICurrentUser user, TimeProvider clock) : IRequestHandler<AddNote, string>
    {
        public async Task<string> Handle(AddNote request, CancellationToken cancellationToken)
        {
            if (user.StationId is not { } station)
            {
                throw new ForbiddenException("只有驻站社工可以登记。");
            }

            var note = new Note { StationId = station, Text = request.Text.Trim(), CreatedAt = clock.GetUtcNow().UtcDateTime };
            db.Notes.Add(note);
            await db.SaveChangesAsync(cancellationToken);
            return note.Id;
        }
    }
}
