using System.Globalization;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data;
using FrontDesk.Data.Training;

namespace FrontDesk.Bot.Features.Training;

// Turns stored sessions into what the cards show: the topic in the reader's language, building-local times, costs.
public sealed class TrainingText(BuildingTime time, TrainingRules rules)
{
    public TrainingRules Rules => rules;

    public BuildingTime Time => time;

    public Quarter CurrentQuarter => Quarter.Of(time.Today);

    public string Topic(Texts t, TrainingSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        return s.Topic == TrainingTopic.Other ? s.Title ?? ""
            : s.Title is null ? t[$"training.topic.{s.Topic}"]
            : t.Format("training.topicWithTitle", t[$"training.topic.{s.Topic}"], s.Title);
    }

    public string When(Texts t, DateTimeOffset utc) =>
        time.ToLocal(utc).ToString(t.IsChinese ? "M月d日 ddd HH:mm" : "ddd d MMM, HH:mm", t.Culture);

    public string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日" : "d MMMM", t.Culture);

    public string Now(Texts t) => time.LocalNow.ToString(t.IsChinese ? "M月d日 HH:mm" : "d MMM HH:mm", t.Culture);

    public static string Cost(TrainingSession s)
    {
        ArgumentNullException.ThrowIfNull(s);
        var amount = s.Cost.ToString("#,##0.00", CultureInfo.InvariantCulture);
        return s.Currency is null ? amount : $"{s.Currency} {amount}";
    }

    // "2026 Q4" / "2026年第4季度", and its days "1 Oct – 31 Dec 2026".
    public static string QuarterName(Texts t, Quarter q) =>
        t.Format("training.quarter.name", q.Year.ToString(CultureInfo.InvariantCulture), q.Number.ToString(CultureInfo.InvariantCulture));

    public static string QuarterDays(Texts t, Quarter q) => t.Format("training.quarter.days",
        q.FirstDay.ToString(t.IsChinese ? "yyyy年M月d日" : "d MMM", t.Culture), q.LastDay.ToString(t.IsChinese ? "M月d日" : "d MMM yyyy", t.Culture));

    public TrainingSessionView View(Texts t, TrainingSession s) => View(t, TrainingQueries.Listing(s, staffId: 0));

    public TrainingSessionView View(Texts t, SessionListing l)
    {
        ArgumentNullException.ThrowIfNull(l);
        var mine = l.Mine switch
        {
            SignUpStatus.Confirmed => MyPlace.SignedUp,
            SignUpStatus.Waiting => MyPlace.Waiting,
            _ => MyPlace.None,
        };
        return new(l.Session.Id, Topic(t, l.Session), When(t, l.Session.StartsAt), l.Session.Place, l.Session.Trainer, l.Session.Capacity,
            l.Taken, l.Waiting, Cost(l.Session), mine, l.Position);
    }

    // "Etiquette, Tue 3 Nov": a session on one line, for the status card and one's attended list.
    public string Line(Texts t, TrainingSession s) =>
        t.Format("training.status.line", Topic(t, s), time.ToLocal(s.StartsAt).ToString(t.IsChinese ? "M月d日 ddd" : "ddd d MMM", t.Culture));

    public string Lines(Texts t, IEnumerable<TrainingSession> sessions) => string.Join(t["training.status.lines"], sessions.Select(s => Line(t, s)));
}
