using System.Globalization;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;
using FrontDesk.Data;
using FrontDesk.Data.Feedback;

namespace FrontDesk.Bot.Features.Feedback;

// Turns stored ratings and summaries into what the cards show: building-local times, period names.
public sealed class FeedbackText(BuildingTime time)
{
    public BuildingTime Time => time;

    public string At(DateTimeOffset utc) => time.ToLocal(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    public FeedbackView View(FeedbackEntry f) => new(
        f.Id, f.Rating, f.Category.ToString(), f.Comment, f.AboutStaffName, f.Source.ToString(), f.Channel?.ToString(), f.RecordedByName,
        f.ContactAllowed ? Blank(FeedbackSummary.Contact(f)) : null, At(f.GivenAt),
        f.FollowedUpAt is { } at ? At(at) : null, f.FollowedUpByName, f.FollowUpNote);

    public static IReadOnlyList<DeskChoice> Desk(IReadOnlyList<(int Id, string Name)> staff) => [.. staff.Select(s => new DeskChoice(s.Id, s.Name))];

    public string Period(Texts t, ReportPeriod p) => p.Length == PeriodLength.Week
        ? t.Format("feedback.summary.week", Day(t, p.Start), Day(t, p.End.AddDays(-1)), p.Code)
        : t.Format("feedback.summary.month", p.Start.ToString(t.IsChinese ? "yyyy年M月" : "MMMM yyyy", t.Culture));

    public static string Day(Texts t, DateOnly day) => day.ToString(t.IsChinese ? "M月d日" : "d MMM", t.Culture);

    public static FeedbackWords Words(Texts t) => new(
        [.. FeedbackSummary.Columns.Select(c => t[$"feedback.csv.{c}"])],
        c => t[$"feedback.category.{c}"], s => t[$"feedback.csv.source.{s}"], c => t[$"feedback.channel.{c}"]);

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
