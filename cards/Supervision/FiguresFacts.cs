using System.Globalization;
using AdaptiveCards;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Supervision;

// The four service-standard figures of a review, as facts and as one short line for the history.
internal static class FiguresFacts
{
    public static AdaptiveFactSet Facts(Texts t, FiguresView f) => new()
    {
        Facts =
        [
            new(t["supervision.figures.calls"], f.CallPercent is { } c
                ? t.Format(f.CallsFromRecords ? "supervision.figures.callsRecords" : "supervision.figures.callsReported", c, f.Calls)
                : t["supervision.figures.noCalls"]),
            new(t.Format("supervision.figures.mail", f.MailDeadlineHours), f.MailPercent is { } m ? t.Format("supervision.figures.share", m, f.MailJudged) : t["supervision.figures.noMail"]),
            new(t["supervision.figures.host"], f.HostMedianMinutes is { } h ? t.Format("supervision.figures.hostLine", Minutes(h), f.HostAnswers) : t["supervision.figures.noHost"]),
            new(t["supervision.figures.wait"], f.WaitMedianMinutes is { } w
                ? t.Format("supervision.figures.waitLine", Minutes(w), f.WaitPercent ?? 0, f.WaitStandardMinutes, f.VisitorWaits)
                : t["supervision.figures.noWait"]),
        ],
    };

    // "Calls 80% · Mail 75% · Host 4 min · Wait 6.5 min": a dash where there was nothing to measure.
    public static string Line(Texts t, FiguresView f) => t.Format("supervision.figures.short",
        Percent(f.CallPercent), Percent(f.MailPercent), f.HostMedianMinutes is { } h ? Minutes(h) : "–", f.WaitMedianMinutes is { } w ? Minutes(w) : "–");

    public static string Minutes(double minutes) => minutes.ToString("0.#", CultureInfo.InvariantCulture);

    private static string Percent(int? percent) => percent is { } p ? p.ToString(CultureInfo.InvariantCulture) + "%" : "–";
}
