using Platform.Contracts.Ledger;
using Platform.Modularity.Records;
using Platform.Modules.Staff.Data;
using Platform.Modules.Staff.Domain;

namespace Platform.Modules.Staff.Compliance;

/// <summary>What supervision and training tell the ledger, always through the outbox with the change.</summary>
internal static class ComplianceMessages
{
    public const string Module = "staff";

    /// <summary>Each attendee of a supervision is credited on their own (<c>supervision:42:w7</c>).</summary>
    public static RecordSource Attendance(SupervisionSession session, SupervisionAttendee attendee) =>
        new RecordSource(Module, "supervision", session.Id).Part(attendee.WorkerId);

    public static RecordSource Training(TrainingRecord training) => new(Module, "training", training.Id);

    public static void Supervised(StaffDb db, SupervisionSession session, TimeProvider clock)
    {
        foreach (var attendee in session.Attendees)
        {
            db.EnqueueCredit(
                Attendance(session, attendee),
                new ServiceCredit(attendee.StationId, attendee.WorkerId, Indicators.Supervision, session.Hours, session.Date, [], $"督导：{session.Topic}（{session.ModeName}）", $"/staff/supervision/details/{session.Id}"),
                clock);
        }
    }

    public static void SupervisionWithdrawn(StaffDb db, SupervisionSession session, TimeProvider clock)
    {
        foreach (var attendee in session.Attendees)
        {
            db.EnqueueRetraction(Attendance(session, attendee), session.WithdrawReason ?? "撤销督导", clock);
        }
    }

    public static void Trained(StaffDb db, TrainingRecord training, TimeProvider clock) =>
        db.EnqueueCredit(
            Training(training),
            new ServiceCredit(training.StationId, training.WorkerId, Indicators.Training, training.Hours, training.Date, [], $"培训：{training.Course}（{training.Organiser}）", $"/staff/compliance/worker/{training.WorkerId}"),
            clock);
}
