namespace FrontDesk.Cards.Supervision;

// The service standards over a period, as the cards show them: whole percents (null: nothing to measure) and
// medians in minutes.
public sealed record FiguresView(
    bool CallsFromRecords,
    int Calls,
    int? CallPercent,
    int MailJudged,
    int? MailPercent,
    int MailDeadlineHours,
    int HostAnswers,
    double? HostMedianMinutes,
    int VisitorWaits,
    double? WaitMedianMinutes,
    int? WaitPercent,
    int WaitStandardMinutes);

// A recorded review: the period's and the day's names already in the reader's language.
public sealed record ReviewView(string Period, bool Kept, string? Changes, string RecordedOn, string RecordedBy, FiguresView Figures);

// The review card: the period (From/To as yyyy-MM-dd for its buttons), its figures, the last review, and, once
// recorded, what was recorded. Reminder: sent by the schedule (not asked for); ToManagers: sent to the managers
// because no rules owner uses the bot.
public sealed record ReviewCardView(
    string From,
    string To,
    string Period,
    FiguresView Figures,
    ReviewView? Last,
    ReviewView? Recorded,
    bool Reminder,
    bool ToManagers = false);

// Owner: who owns the rules, as the history shows it; NextReminder: the day of the next scheduled reminder.
public sealed record HistoryView(string Owner, string NextReminder, IReadOnlyList<ReviewView> Reviews, bool MayRecord);
