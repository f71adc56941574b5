using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Supervision;
using FrontDesk.Data;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Mail;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Supervision;

namespace FrontDesk.Bot.Features.Supervision;

// Turns reviews and figures into what the cards show, in the reader's language and the building's time.
public sealed class SupervisionText(BuildingTime time, MailRules mail)
{
    public ReviewCardView Card(Texts t, ReviewPack pack, bool reminder, bool toManagers = false)
    {
        ArgumentNullException.ThrowIfNull(pack);
        return new(pack.Period.From.ToString(ReviewPeriod.Format, CultureInfo.InvariantCulture), pack.Period.To.ToString(ReviewPeriod.Format, CultureInfo.InvariantCulture),
            Period(t, pack.Period), Figures(pack.Figures, pack.WaitStandardMinutes), pack.Last is { } last ? View(t, last) : null,
            pack.Recorded is { } recorded ? View(t, recorded) : null, reminder, toManagers);
    }

    public ReviewView View(Texts t, RulesReview r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(Period(t, r.Period), r.Outcome == RulesReviewOutcome.Kept, r.Changes, Day(t, r.RecordedAt), r.RecordedByName,
            Figures(r.Figures, r.WaitStandardMinutes));
    }

    public FiguresView Figures(ComplianceFigures f, int waitStandardMinutes)
    {
        ArgumentNullException.ThrowIfNull(f);
        return new(f.CallsFromRecords, f.Calls, Percent(f.CallsWithinThreeRings, f.Calls), f.MailJudged, Percent(f.MailInTime, f.MailJudged),
            (int)Math.Round(mail.DeliveryDeadline.TotalHours), f.HostAnswers, Round(f.HostResponseMedianMinutes), f.VisitorWaits, Round(f.VisitorWaitMedianMinutes),
            Percent(f.VisitorWaitsWithinStandard, f.VisitorWaits), waitStandardMinutes);
    }

    // "1 Jul – 31 Dec 2026" / "2026年7月1日至12月31日"; the year on both ends when they differ.
    public static string Period(Texts t, ReviewPeriod p)
    {
        var sameYear = p.From.Year == p.To.Year;
        return t.IsChinese
            ? $"{p.From.ToString("yyyy年M月d日", t.Culture)}至{p.To.ToString(sameYear ? "M月d日" : "yyyy年M月d日", t.Culture)}"
            : $"{p.From.ToString(sameYear ? "d MMM" : "d MMM yyyy", t.Culture)} – {p.To.ToString("d MMM yyyy", t.Culture)}";
    }

    public string Day(Texts t, DateTimeOffset utc) => time.ToLocal(utc).ToString(t.IsChinese ? "yyyy年M月d日" : "d MMM yyyy", t.Culture);

    public string When(Texts t, DateTimeOffset utc) => time.ToLocal(utc).ToString(t.IsChinese ? "yyyy年M月d日 ddd HH:mm" : "ddd d MMM yyyy, HH:mm", t.Culture);

    private static int? Percent(int part, int whole) => whole == 0 ? null : AnswerFigures.Share(part, whole);

    private static double? Round(double? minutes) => minutes is { } m ? Math.Round(m, 1, MidpointRounding.AwayFromZero) : null;
}
