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
        var a = d.Activity;
        return new(
            d.Day.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture), a.Expected, a.Arrived, a.WalkIns, a.NoShows, a.Escalations,
            a.Messages, a.Messages == 0 ? null : AnswerFigures.Share(a.MessagesWithinThreeRings, a.Messages),
            a.RecordedCalls, a.RecordedCalls == 0 ? null : AnswerFigures.Share(a.RecordedWithinThreeRings, a.RecordedCalls),
            a.MailIn, a.MailOut, a.FeedbackCount, a.FeedbackAverage, a.LowRatings, d.OnSite, d.MailOpen, d.MailOverdue, d.UrgentMessagesOpen, d.LowRatingsOpen);
    }
}
