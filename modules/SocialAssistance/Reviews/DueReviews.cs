using Microsoft.EntityFrameworkCore;
using Platform.Modularity.ClientFiles;
using Platform.Modules.SocialAssistance.Data;
using Platform.Modules.SocialAssistance.Domain;

namespace Platform.Modules.SocialAssistance.Reviews;

/// <summary>
/// The review lines shared by the list, the API and the digest: the programmes in force of open households, each with the
/// day its next review is owed (kept on the programme, so the due filter and the sort are one indexed query).
/// </summary>
internal static class DueReviews
{
    public static IQueryable<ReviewLine> Query(SocialAssistanceDb db, DateOnly? dueBy, string? stationId, string? workerId)
    {
        var programmes = db.Programmes.AsNoTracking().Where(p => p.EndOn == null);
        if (!string.IsNullOrEmpty(stationId))
        {
            programmes = programmes.Where(p => p.StationId == stationId);
        }

        if (dueBy is { } day)
        {
            programmes = programmes.Where(p => p.NextReviewOn <= day);
        }

        var files = db.Files.AsNoTracking().Open();
        if (!string.IsNullOrEmpty(workerId))
        {
            files = files.Where(f => f.WorkerId == workerId);
        }

        return from p in programmes
               join f in files on p.ClientId equals f.ClientId
               select new ReviewLine
               {
                   ProgrammeId = p.Id, ClientId = p.ClientId, StationId = p.StationId, Name = f.Name, WorkerId = f.WorkerId,
                   Kind = p.Kind, Area = p.Area, Coverage = p.Coverage, Class = p.Class, Care = p.Care, SelfCare = p.SelfCare,
                   EveryMonths = p.ReviewEveryMonths, StartOn = p.StartOn, LastReview = p.LastReviewOn, NextDue = p.NextReviewOn,
               };
    }
}

/// <summary>A programme in force on the review list: whose, which, every how many months, last reviewed, next owed.</summary>
public sealed class ReviewLine
{
    public string ProgrammeId { get; init; } = "";

    public string ClientId { get; init; } = "";

    public string StationId { get; init; } = "";

    public string Name { get; init; } = "";

    public string WorkerId { get; init; } = "";

    public ProgrammeKind Kind { get; init; }

    public AssistanceArea? Area { get; init; }

    public DibaoCoverage? Coverage { get; init; }

    public ManagementClass? Class { get; init; }

    public TekunCare? Care { get; init; }

    public SelfCareAbility? SelfCare { get; init; }

    public int EveryMonths { get; init; }

    public DateOnly StartOn { get; init; }

    public DateOnly? LastReview { get; init; }

    public DateOnly NextDue { get; init; }

    /// <summary>农村低保（整户，C 类）.</summary>
    public string Programme => ProgrammeTerms.Describe(Kind, Area, Coverage, Class, Care, SelfCare);
}
