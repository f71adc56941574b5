using FrontDesk.Cards.Common;
using FrontDesk.Cards.Training;
using FrontDesk.Data.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Training;

public class AttendanceTests
{
    [Fact]
    public async Task Once_a_session_has_started_a_manager_ticks_who_came_among_those_signed_up_and_can_correct_it()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-02", time: "10:00", capacity: "2"));
        await scene.SignUpAsync(scene.Zhou);
        await scene.SignUpAsync(scene.Qian);
        await scene.PressOnListAsync(scene.Sun, "Join the waiting list", "Etiquette");

        var before = await scene.Teams.OpenAsync(scene.Boss, "attendance");
        Assert.Contains("No training session has started in the last 92 days.", before.CardText, StringComparison.Ordinal);

        scene.Clock.Advance(TimeSpan.FromHours(25));
        var list = await scene.Teams.OpenAsync(scene.Boss, "attendance");
        Assert.Contains("Etiquette** · Wed 2 Dec, 10:00", list.CardText, StringComparison.Ordinal);
        Assert.Contains("2 signed up · 0 marked (0 present)", list.CardText, StringComparison.Ordinal);
        var form = Assert.Single(await scene.Teams.PressAsync(scene.Boss, list, "Mark attendance", within: "Etiquette"));
        Assert.Contains("Attendance: Etiquette", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Qian", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Zhou", form.CardText, StringComparison.Ordinal);
        // Waiting is not a place: Desk Sun cannot be marked.
        Assert.DoesNotContain("Desk Sun", form.CardText, StringComparison.Ordinal);

        var rows = await scene.SignUpsAsync();
        var zhou = rows.Single(u => u.StaffName == "Desk Zhou").StaffId;
        var qian = rows.Single(u => u.StaffName == "Desk Qian").StaffId;
        var saved = Assert.Single(await scene.Teams.PressAsync(scene.Boss, form, "Save attendance", new() { [$"present.{zhou}"] = "true" }));
        Assert.Equal(("PUT", form.SentId), (saved.Method, saved.ActivityId));
        Assert.Contains("Attendance saved: 1 present, 1 absent.", saved.CardText, StringComparison.Ordinal);
        rows = await scene.SignUpsAsync();
        Assert.Equal(Attendance.Present, rows.Single(u => u.StaffId == zhou).Attendance);
        Assert.Equal(Attendance.Absent, rows.Single(u => u.StaffId == qian).Attendance);
        Assert.Null(rows.Single(u => u.StaffName == "Desk Sun").Attendance);

        // Desk Qian came late after all: the saved card is the form again, with the marks in it.
        var corrected = Assert.Single(await scene.Teams.PressAsync(scene.Boss, saved, "Save attendance", new() { [$"present.{qian}"] = "true" }));
        Assert.Contains("Attendance saved: 2 present, 0 absent.", corrected.CardText, StringComparison.Ordinal);
        Assert.Contains("2 signed up · 2 marked (2 present)", (await scene.Teams.OpenAsync(scene.Boss, "培训出勤", "en-US")).CardText, StringComparison.Ordinal);
        Assert.Contains("Attended in 2026 Q4: Etiquette, Wed 2 Dec", (await scene.MineAsync(scene.Zhou)).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Attendance_for_someone_not_signed_up_saves_nothing_and_says_why_and_staff_cannot_take_it()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-02", time: "10:00"));
        await scene.SignUpAsync(scene.Zhou);
        var early = await scene.ListAsync(scene.Boss);
        var sessionId = Assert.Single(await scene.SessionsAsync()).Id;
        var sun = await scene.Teams.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.Staff.Where(s => s.Name == "Desk Sun").Select(s => s.Id)));

        // Forged: attendance for a session that has not started yet (no card offers it before).
        var tooEarly = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Boss, new JObject
        {
            [CardAction.Key] = TrainingActions.SaveAttendance.Name,
            [TrainingFormCards.SessionField] = sessionId,
        }, early.SentId));
        Assert.Equal("This session has not started yet: attendance can be taken once it starts.", tooEarly.Text);

        scene.Clock.Advance(TimeSpan.FromHours(25));
        var list = await scene.Teams.OpenAsync(scene.Boss, "attendance");
        var form = Assert.Single(await scene.Teams.PressAsync(scene.Boss, list, "Mark attendance", within: "Etiquette"));
        var pressed = FrontDesk.Tests.Harness.CardButton.Press(form.Card!, "Save attendance");
        // Forged: the card lists only Desk Zhou; Desk Sun, who never signed up, is added by hand.
        pressed[$"present.{sun}"] = "true";
        var refused = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Boss, pressed, form.SentId));
        Assert.Contains("Only people signed up to this session can be marked.", refused.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk Sun", refused.CardText, StringComparison.Ordinal);
        Assert.All(await scene.SignUpsAsync(), u => Assert.Null(u.Attendance));
        Assert.Single(await scene.SignUpsAsync());

        // Staff see no attendance and are refused it.
        var staff = Assert.Single(await scene.Teams.SayAsync(scene.Zhou, "attendance"));
        Assert.Contains("Sorry, that is not available to you.", staff.CardText, StringComparison.Ordinal);
        // Forged: the manager's Save attendance pressed by a staff member.
        var byStaff = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Zhou, FrontDesk.Tests.Harness.CardButton.Press(form.Card!, "Save attendance"), null));
        Assert.Contains("Sorry, that is not available to you.", byStaff.CardText, StringComparison.Ordinal);
        Assert.All(await scene.SignUpsAsync(), u => Assert.Null(u.Attendance));
    }
}
