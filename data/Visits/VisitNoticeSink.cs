namespace FrontDesk.Data.Visits;

// What became of the host's answer on its way to the visitor's kiosk.
public enum KioskRelay
{
    // The visit has no kiosk conversation (nothing to relay).
    None,
    Queued,
    // The kiosk session had already ended: nobody was told there, the desk was.
    KioskGone,
}

// Where the messages a visit causes go: the bot turns them into outbox rows. Called inside the unit of work
// that changes the visit, before it is saved, so the change and its notices commit together. The visit
// comes with its Host and Company loaded.
public interface IVisitNoticeSink
{
    // Checked in at the kiosk (with a code or as a walk-in): the host, or the desk for a held visitor.
    Task ArrivedAsync(FrontDeskDb db, Visit visit, CancellationToken ct);

    // The host answered: the waiting visitor (or the desk, when the visitor's kiosk session has ended), and the
    // desk when the host cannot come.
    Task<KioskRelay> AnsweredAsync(FrontDeskDb db, Visit visit, CancellationToken ct);

    // Nobody answered in time: the host's colleagues, the desk and the visitor.
    Task NoAnswerAsync(FrontDeskDb db, Visit visit, CancellationToken ct);

    // A staff member is going to a visitor whose host did not answer: the visitor, at the kiosk (if still there).
    Task<KioskRelay> DeskServingAsync(FrontDeskDb db, Visit visit, CancellationToken ct);

    // Still in after the longest stay: the desk.
    Task OverstayAsync(FrontDeskDb db, Visit visit, CancellationToken ct);

    // The unit of work committed: what was added may go out now.
    void Committed();
}
