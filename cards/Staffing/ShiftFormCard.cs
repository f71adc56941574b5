using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Staffing;

// A manager's card for one shift: who (an active staff member, picked, never typed), the day and the times. An
// invalid save comes back with every value kept and the error beside its field.
public static class ShiftFormCard
{
    public const string StaffField = "staff";
    public const string DateField = "date";
    public const string StartField = "start";
    public const string EndField = "end";
    public const string TokenField = "token";

    public static readonly string[] Fields = [StaffField, DateField, StartField, EndField];

    public static AdaptiveCard Build(Texts t, FormValues form, IReadOnlyList<StaffChoice> staff, string token, string monday)
    {
        var card = FormParts.NewCard(t.Language);
        card.FallbackText = t["roster.form.title"];
        card.Body.Add(FormParts.Heading(t["roster.form.title"]));
        card.Body.Add(FormParts.Paragraph(t["roster.form.intro"], subtle: true));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
        {
            Id = StaffField,
            Label = t["roster.form.staff"],
            Style = AdaptiveChoiceInputStyle.Compact,
            Value = staff.Any(s => s.Value == form[StaffField]) ? form[StaffField] : "",
            Choices = [.. staff.Select(s => new AdaptiveChoice { Title = s.Title, Value = s.Value })],
        }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveDateInput { Id = DateField, Label = t["roster.form.date"], Value = Valid(form[DateField], "yyyy-MM-dd") }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTimeInput { Id = StartField, Label = t["roster.form.start"], Value = Valid(form[StartField], "HH:mm") }, form));
        card.Body.AddRange(FormParts.WithError(new AdaptiveTimeInput { Id = EndField, Label = t["roster.form.end"], Value = Valid(form[EndField], "HH:mm") }, form));
        card.Actions.Add(FormParts.Submit(t["roster.form.save"], StaffingActions.SaveShift, (TokenField, token), (RosterCards.WeekField, monday)));
        card.Actions.Add(StaffingActions.Roster.Button(t["roster.form.back"], (RosterCards.WeekField, monday)));
        return card;
    }

    // A date or time input only takes a value in its own format: anything else (a forged value) is left out.
    private static string? Valid(string value, string format) =>
        DateTime.TryParseExact(value, format, System.Globalization.CultureInfo.InvariantCulture, System.Globalization.DateTimeStyles.None, out _) ? value : null;
}
