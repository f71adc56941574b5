using System.Globalization;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Calls;

// Turns stored messages and figures into what the cards show: building-local times, the greeting to read out.
public sealed class CallText(CallRules rules, Building building, IOptions<CallsOptions> options, TimeProvider clock)
{
    public CallRules Rules => rules;

    public DateOnly Today => rules.LocalDay(clock.GetUtcNow());

    public int CallBackMinutes => (int)rules.CallBackWithin.TotalMinutes;

    public string Time(DateTimeOffset utc) => rules.Local(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public PhoneMessageView View(PhoneMessage m) => new(
        m.Reference, m.CallerName, m.CallerCompany, m.CallerPhone, m.RecipientName, m.CompanyName, m.ForCompany, m.Message,
        m.Urgent, m.CallBackRequested, m.AnswerSpeed.ToString(), Time(m.TakenAt),
        rules.Local(m.TakenAt).ToString("HH:mm", CultureInfo.InvariantCulture), m.TakenByName, m.IsOpen, m.NotifiedCount > 0,
        m.RemindedAt is not null, m.CalledBackAt is { } at ? Time(at) : null, m.CalledBackByName);

    // The configured greeting in the staff member's language, or the standard one, with the building and their name.
    public string Greeting(Texts t, string staffName) =>
        options.Value.Greeting.TryGetValue(t.Language, out var configured) && !string.IsNullOrWhiteSpace(configured)
            ? configured.Trim().Replace("{building}", building.Name, StringComparison.Ordinal).Replace("{name}", staffName, StringComparison.Ordinal)
            : t.Format("calls.greeting.default", building.Name, staffName);

    public string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日 dddd" : "dddd d MMMM", t.Culture);

    public static string Days(DateOnly from, DateOnly to) =>
        from == to ? from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
            : $"{from.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)} – {to.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)}";

    public static AnswerTimesView Report(AnswerTimeReport r)
    {
        ArgumentNullException.ThrowIfNull(r);
        return new(Days(r.From, r.To), r.RingSeconds, Figures(r.Total), [r.Rings.One, r.Rings.Two, r.Rings.Three, r.Rings.FourOrFive, r.Rings.More],
            [.. r.ByHour.Select(h => new AnswerLineView(string.Create(CultureInfo.InvariantCulture, $"{h.Hour:D2}:00–{(h.Hour + 1) % 24:D2}:00"), Figures(h.Figures)))],
            [.. r.ByStaff.Select(s => new AnswerLineView(s.AnsweredBy, Figures(s.Figures, ofAnswered: true)))],
            new SelfReportView(r.SelfReport.Messages, r.SelfReport.WithinThreeRings, r.SelfReport.Percent, r.SelfReport.Later, r.SelfReport.MissedCalledBack));
    }

    private static AnswerFiguresView Figures(AnswerFigures f, bool ofAnswered = false) =>
        new(f.Calls, f.Answered, f.WithinThreeRings, f.Percent(ofAnswered), f.AverageWaitSeconds);
}
