using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Training;

// "attendance" / "培训出勤" (managers): the sessions that have started, then a card of everyone with a place on one
// to tick present; only they can be marked, and a submit naming anyone else saves nothing.
public sealed class AttendanceTask(TrainingQueries queries, TrainingAttendance attendance, TrainingText text) : ITeamsTask
{
    private const string GeneralField = "attendance";
    private static readonly string[] Phrases = ["attendance", "training attendance", "培训出勤", "培训考勤"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [TrainingActions.Attendance, TrainingActions.OpenAttendance, TrainingActions.SaveAttendance];

    public bool IsFor(Person person) => person.Role == Role.Manager;

    public bool Matches(TeamsTurn turn, string typed) => Phrases.Any(p => typed.Equals(p, StringComparison.OrdinalIgnoreCase));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["training.help.attendanceTitle"], texts["training.help.attendanceDescription"], texts["training.help.attendanceTyped"], TrainingActions.Attendance);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        var started = await queries.StartedAsync(ct);
        await turn.SendCardAsync(AttendanceCards.Sessions(t, [.. started.Select(a => new AttendanceSessionView(text.View(t, a.Session), a.Marked, a.Present))],
            TrainingQueries.AttendanceDays), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        var t = turn.Texts;
        if (action == TrainingActions.Attendance)
        {
            await OnTextAsync(turn, "", ct);
            return;
        }
        var (session, places) = TrainingInput.SessionId(data) is { } id ? await queries.RosterAsync(id, ct) : (null, []);
        if (session is null || session.IsCancelled || session.StartsAt > text.Time.UtcNow)
        {
            await turn.SendAsync(t[session is null ? "training.error.notFound" : session.IsCancelled ? "training.attendance.cancelled" : "training.attendance.notStarted"], ct);
            return;
        }
        if (action == TrainingActions.OpenAttendance)
        {
            await turn.SendCardAsync(Card(t, session, places, FormValues.Empty, null), ct);
            return;
        }
        var (form, marks) = Read(data, t);
        if (form.IsValid)
        {
            var result = await attendance.MarkAsync(session.Id, marks, turn.Actor, ct);
            if (result.Outcome == AttendanceOutcome.Saved)
            {
                var (saved, marked) = await queries.RosterAsync(session.Id, ct);
                var notice = t.Format("training.attendance.saved", marked.Count(p => p.Attendance == Attendance.Present), marked.Count(p => p.Attendance == Attendance.Absent));
                await turn.ReplaceSubmittedCardAsync(Card(t, saved ?? session, marked, FormValues.Empty, new(notice)), ct);
                return;
            }
            form.AddError(GeneralField, t[result.Outcome switch
            {
                AttendanceOutcome.NotSignedUp => "training.attendance.notSignedUp",
                AttendanceOutcome.NotStarted => "training.attendance.notStarted",
                AttendanceOutcome.SessionCancelled => "training.attendance.cancelled",
                _ => "training.error.notFound",
            }]);
        }
        await turn.ReplaceSubmittedCardAsync(Card(t, session, places, form, null), ct);
    }

    // Every "present.<staff id>" the card sent: ticked is present, unticked absent; anything else is an error.
    private static (FormValues Form, Dictionary<int, Attendance?> Marks) Read(JObject data, Texts t)
    {
        var form = new FormValues();
        var marks = new Dictionary<int, Attendance?>();
        foreach (var property in data.Properties().Where(p => p.Name.StartsWith(AttendanceCards.PresentPrefix, StringComparison.Ordinal)))
        {
            var value = FormValues.Text(data, property.Name) ?? "";
            form[property.Name] = value;
            if (!int.TryParse(property.Name[AttendanceCards.PresentPrefix.Length..], NumberStyles.None, CultureInfo.InvariantCulture, out var staffId))
            {
                form.AddError(GeneralField, t["training.attendance.notSignedUp"]);
                continue;
            }
            marks[staffId] = value switch
            {
                "true" => Attendance.Present,
                "false" => Attendance.Absent,
                _ => null,
            };
            if (marks[staffId] is null)
            {
                form.AddError(property.Name, t["training.attendance.badMark"]);
            }
        }
        return (form, marks);
    }

    private AdaptiveCards.AdaptiveCard Card(Texts t, TrainingSession session, IReadOnlyList<TrainingSignUp> places, FormValues form, TrainingNotice? notice) =>
        AttendanceCards.Form(t, text.View(t, session), [.. places.Select(p => new RosterLineView(p.StaffId, p.StaffName, p.Attendance switch
        {
            Attendance.Present => "present",
            Attendance.Absent => "absent",
            _ => "",
        }))], form, notice);
}
