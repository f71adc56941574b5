using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Reports;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Reports;

namespace FrontDesk.Bot.Features.Reports;

// Turns report figures into what the cards show: the day's name, whole percents.
public static class ReportsText
{
    public static DailySummaryView Daily(Texts t, DailyFigures d)
    {
        ArgumentNullException.ThrowIfNull(d);
        return new(
            d.Day.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture), d.Expected, d.Arrived, d.WalkIns, d.NoShows, d.Escalations,
            d.Messages, d.Messages == 0 ? null : AnswerFigures.Share(d.MessagesWithinThreeRings, d.Messages),
            d.RecordedCalls, d.RecordedCalls == 0 ? null : AnswerFigures.Share(d.RecordedWithinThreeRings, d.RecordedCalls),
            d.MailIn, d.MailOut, d.FeedbackCount, d.FeedbackAverage, d.LowRatings, d.OnSite, d.MailOpen, d.MailOverdue, d.UrgentMessagesOpen, d.LowRatingsOpen);
    }
}
