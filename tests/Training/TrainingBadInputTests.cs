using FrontDesk.Tests.Harness;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Training;

public class TrainingBadInputTests
{
    [Fact]
    public async Task A_session_in_the_past_no_seats_or_ten_thousand_and_Other_without_a_title_come_back_beside_their_fields_with_the_values_kept()
    {
        await using var scene = await TrainingScene.StartAsync();
        var reply = await scene.CreateAsync(TrainingScene.SessionFields(topic: "Other", date: "2026-12-01", time: "08:30", capacity: "0", place: "Lobby [x](http://evil)"));

        Assert.Equal("PUT", reply.Method);
        Assert.Contains("Please correct the fields marked below.", reply.CardText, StringComparison.Ordinal);
        Assert.Equal("Give the session a title when the topic is Other.", ErrorUnder(reply, "title"));
        Assert.Equal("Enter a number of seats from 1 to 500.", ErrorUnder(reply, "capacity"));
        Assert.Equal("Other", Input(reply, "topic"));
        Assert.Equal("2026-12-01", Input(reply, "date"));
        Assert.Equal("08:30", Input(reply, "time"));
        Assert.Equal("Lobby [x](http://evil)", Input(reply, "place"));
        Assert.Equal("0", Input(reply, "capacity"));
        Assert.Equal("1200.5", Input(reply, "cost"));

        // Fixed all but the time: 08:30 today has passed (it is 09:00 in the building).
        var past = Assert.Single(await scene.Teams.PressAsync(scene.Boss, reply, "Save session", new() { ["title"] = "Fire drill", ["capacity"] = "12" }));
        Assert.Equal("This time has already passed: it is 1 Dec 09:00 in the building now.", ErrorUnder(past, "date"));
        Assert.Null(ErrorUnder(past, "capacity"));

        var huge = Assert.Single(await scene.Teams.PressAsync(scene.Boss, past, "Save session", new() { ["time"] = "18:00", ["capacity"] = "10000", ["cost"] = "12.345" }));
        Assert.Equal("Enter a number of seats from 1 to 500.", ErrorUnder(huge, "capacity"));
        Assert.Equal("10000", Input(huge, "capacity"));
        Assert.Equal("Enter an amount from 0 to 1,000,000, with at most two decimals.", ErrorUnder(huge, "cost"));
        Assert.Empty(await scene.SessionsAsync());

        var zh = await scene.CreateAsync(TrainingScene.SessionFields(topic: "Other", capacity: "10000"), "zh-CN");
        Assert.Contains("请修改下面标出的字段。", zh.CardText, StringComparison.Ordinal);
        Assert.Equal("主题为“其他”时，请填写培训标题。", ErrorUnder(zh, "title"));
        Assert.Equal("请填写 1 至 500 之间的名额数。", ErrorUnder(zh, "capacity"));

        var saved = Assert.Single(await scene.Teams.PressAsync(scene.Boss, huge, "Save session", new() { ["capacity"] = "12", ["cost"] = "12.34" }));
        Assert.Contains("Training session saved", saved.CardText, StringComparison.Ordinal);
        Assert.Contains(@"Lobby \[x\]\(http://evil\)", saved.RawCardText, StringComparison.Ordinal);
        Assert.Equal(("Fire drill", 12, 12.34m), (Assert.Single(await scene.SessionsAsync()).Title, Assert.Single(await scene.SessionsAsync()).Capacity, Assert.Single(await scene.SessionsAsync()).Cost));
    }

    [Fact]
    public async Task A_double_tap_on_Save_session_saves_one_session_and_staff_cannot_create_one()
    {
        await using var scene = await TrainingScene.StartAsync();
        var form = await scene.OpenFormAsync(scene.Boss);
        var fields = TrainingScene.SessionFields();
        await Task.WhenAll(scene.Teams.PressAsync(scene.Boss, form, "Save session", fields), scene.Teams.PressAsync(scene.Boss, form, "Save session", fields));

        Assert.Single(await scene.SessionsAsync());
        var texts = scene.Teams.Channel.Activities.Where(c => c.Method == "PUT" && c.ActivityId == form.SentId).Select(c => c.CardText).ToList();
        Assert.Equal(2, texts.Count);
        Assert.Single(texts, t => t.Contains("This card was already submitted; nothing new was saved.", StringComparison.Ordinal));

        var typed = Assert.Single(await scene.Teams.SayAsync(scene.Zhou, "new training"));
        Assert.Contains("Sorry, that is not available to you.", typed.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("New training session", typed.CardText, StringComparison.Ordinal);
        // Forged: a staff member submits the manager's form, with a fresh token.
        var pressed = CardButton.Press(form.Card!, "Save session", fields);
        pressed["token"] = "staff-token";
        var refused = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Zhou, pressed, null));
        Assert.Contains("Sorry, that is not available to you.", refused.CardText, StringComparison.Ordinal);
        Assert.Single(await scene.SessionsAsync());
    }

    [Fact]
    public async Task A_change_below_the_seats_taken_or_of_a_started_session_is_refused_and_nothing_is_told()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-02", time: "10:00", capacity: "3"));
        await scene.SignUpAsync(scene.Zhou);
        await scene.SignUpAsync(scene.Qian);
        var mark = scene.Teams.Channel.MarkCalls();

        var change = await scene.PressOnListAsync(scene.Boss, "Change", "Etiquette");
        var below = Assert.Single(await scene.Teams.PressAsync(scene.Boss, change, "Save changes", new() { ["capacity"] = "1", ["place"] = "Room 9" }));
        Assert.Equal("2 people are signed up already: the session needs at least that many seats.", ErrorUnder(below, "capacity"));
        Assert.Equal("Room 9", Input(below, "place"));

        scene.Clock.Advance(TimeSpan.FromHours(25));
        var started = Assert.Single(await scene.Teams.PressAsync(scene.Boss, below, "Save changes", new() { ["capacity"] = "3", ["date"] = "2026-12-09" }));
        Assert.Contains("That session has already started: it cannot be changed or cancelled any more.", started.CardText, StringComparison.Ordinal);
        var stored = Assert.Single(await scene.SessionsAsync());
        Assert.Equal(("Room 301", 3, 0), (stored.Place, stored.Capacity, stored.Version));
        Assert.Empty(await scene.ReceivedAsync(scene.Zhou, mark));

        // Forged: Cancel session on a session that has started (its list no longer shows it).
        var cancel = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Boss, new JObject
        {
            [FrontDesk.Cards.Common.CardAction.Key] = FrontDesk.Cards.Training.TrainingActions.CancelSession.Name,
            ["sessionId"] = stored.Id,
        }, null));
        Assert.Contains("That session has already started", cancel.CardText, StringComparison.Ordinal);
        Assert.Equal(FrontDesk.Data.Training.TrainingSessionStatus.Scheduled, Assert.Single(await scene.SessionsAsync()).Status);
    }

    private static string? ErrorUnder(RecordedCall card, string id)
    {
        var input = card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id);
        return (input.Next as JObject)?["color"]?.ToString() == "attention" ? (string?)(input.Next as JObject)?["text"] : null;
    }

    private static string? Input(RecordedCall card, string id) =>
        card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"]?.ToString();
}
