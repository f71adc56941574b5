using FrontDesk.Data.Training;

namespace FrontDesk.Tests.Training;

public class TrainingSessionTests
{
    [Fact]
    public async Task A_manager_schedules_a_session_in_building_time_and_the_desk_sees_it_with_its_seats_and_a_Sign_up_button()
    {
        await using var scene = await TrainingScene.StartAsync(app => app.Settings["Training:Currency"] = "CNY");
        var form = await scene.OpenFormAsync(scene.Boss);
        Assert.Contains("New training session", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Emergency handling", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Date (building time)", form.CardText, StringComparison.Ordinal);
        Assert.Contains("Cost (CNY)", form.CardText, StringComparison.Ordinal);

        var saved = Assert.Single(await scene.Teams.PressAsync(scene.Boss, form, "Save session", TrainingScene.SessionFields(title: "Greeting visitors")));
        Assert.Equal(("PUT", form.SentId), (saved.Method, saved.ActivityId));
        Assert.Contains("Training session saved", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("**Etiquette: Greeting visitors**", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("When\nTue 8 Dec, 14:00", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("CNY 1,200.50", saved.CardText, StringComparison.Ordinal);

        var stored = Assert.Single(await scene.SessionsAsync());
        // 14:00 in Shanghai is 06:00 UTC.
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 6, 0, 0, TimeSpan.Zero), stored.StartsAt);
        Assert.Equal((TrainingTopic.Etiquette, "Greeting visitors", "Room 301", "Li Na", 2, 1200.50m, "CNY", "Boss Wu"),
            (stored.Topic, stored.Title, stored.Place, stored.Trainer, stored.Capacity, stored.Cost, stored.Currency, stored.CreatedByName));

        var staffList = await scene.ListAsync(scene.Zhou);
        Assert.Contains("Upcoming training sessions (1)", staffList.CardText, StringComparison.Ordinal);
        Assert.Contains("2 of 2 seats left", staffList.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("1,200.50", staffList.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Cancel session", staffList.CardText, StringComparison.Ordinal);
        var signedUp = await scene.SignUpAsync(scene.Zhou);
        Assert.Contains("You are signed up for Etiquette: Greeting visitors on Tue 8 Dec, 14:00.", signedUp.CardText, StringComparison.Ordinal);
        Assert.Contains("1 of 2 seats left", signedUp.CardText, StringComparison.Ordinal);

        var managerList = await scene.ListAsync(scene.Boss);
        Assert.Contains("CNY 1,200.50", managerList.CardText, StringComparison.Ordinal);
        Assert.Contains("Cancel session", managerList.Card!.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_change_of_time_or_place_tells_everyone_signed_up_or_waiting_in_their_language_and_more_seats_move_the_waiting_up()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(capacity: "1"));
        await scene.Teams.SayAsync(scene.Qian, "你好", "zh-CN");
        await scene.SignUpAsync(scene.Zhou);
        var waiting = await scene.PressOnListAsync(scene.Qian, "加入候补名单", "礼仪", "zh-CN");
        Assert.Contains("礼仪已满：您在候补名单上排第 1 位。", waiting.CardText, StringComparison.Ordinal);
        var mark = scene.Teams.Channel.MarkCalls();

        var change = await scene.PressOnListAsync(scene.Boss, "Change", "Etiquette");
        Assert.Contains("Change training session", change.CardText, StringComparison.Ordinal);
        var changed = Assert.Single(await scene.Teams.PressAsync(scene.Boss, change, "Save changes", new() { ["time"] = "15:30", ["place"] = "Room 502" }));
        Assert.Contains("Training session changed", changed.CardText, StringComparison.Ordinal);
        Assert.Contains("Everyone signed up or waiting has been told (2).", changed.CardText, StringComparison.Ordinal);

        var toZhou = Assert.Single(await scene.ReceivedAsync(scene.Zhou, mark));
        Assert.Contains("Training session changed: Etiquette", toZhou.CardText, StringComparison.Ordinal);
        Assert.Contains("Tue 8 Dec, 15:30 (was Tue 8 Dec, 14:00)", toZhou.CardText, StringComparison.Ordinal);
        Assert.Contains("Room 502 (was Room 301)", toZhou.CardText, StringComparison.Ordinal);
        var toQian = Assert.Single(await scene.ReceivedAsync(scene.Qian, mark));
        Assert.Contains("培训有变动：礼仪", toQian.CardText, StringComparison.Ordinal);
        Assert.Contains("12月8日 周二 15:30（原为 12月8日 周二 14:00）", toQian.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ReceivedAsync(scene.Sun, mark));
        Assert.Equal(new DateTimeOffset(2026, 12, 8, 7, 30, 0, TimeSpan.Zero), Assert.Single(await scene.SessionsAsync()).StartsAt);

        // One more seat: the first waiting has it and is told that, not about a change.
        mark = scene.Teams.Channel.MarkCalls();
        var again = await scene.PressOnListAsync(scene.Boss, "Change", "Etiquette");
        Assert.Single(await scene.Teams.PressAsync(scene.Boss, again, "Save changes", new() { ["capacity"] = "2" }));
        var movedUp = Assert.Single(await scene.ReceivedAsync(scene.Qian, mark));
        Assert.Contains("您获得了名额", movedUp.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ReceivedAsync(scene.Zhou, mark));
        Assert.All(await scene.SignUpsAsync(), u => Assert.Equal(SignUpStatus.Confirmed, u.Status));
    }

    [Fact]
    public async Task A_cancelled_session_tells_everyone_signed_up_or_waiting_with_the_reason_and_leaves_the_list()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(capacity: "1"));
        await scene.SignUpAsync(scene.Zhou);
        await scene.PressOnListAsync(scene.Qian, "Join the waiting list", "Etiquette");
        var mark = scene.Teams.Channel.MarkCalls();

        var cancelled = await scene.PressOnListAsync(scene.Boss, "Cancel the session", "Cancel Etiquette on Tue 8 Dec, 14:00?",
            typed: new() { [$"reason.{Assert.Single(await scene.SessionsAsync()).Id}"] = "The trainer is ill" });
        Assert.Contains("Etiquette on Tue 8 Dec, 14:00 is cancelled; everyone signed up or waiting has been told (2).", cancelled.CardText, StringComparison.Ordinal);
        Assert.Contains("No training sessions are planned yet.", cancelled.CardText, StringComparison.Ordinal);

        foreach (var user in new[] { scene.Zhou, scene.Qian })
        {
            var notice = Assert.Single(await scene.ReceivedAsync(user, mark));
            Assert.Contains("Training session cancelled: Etiquette", notice.CardText, StringComparison.Ordinal);
            Assert.Contains("Etiquette on Tue 8 Dec, 14:00 at Room 301 has been cancelled.", notice.CardText, StringComparison.Ordinal);
            Assert.Contains("Reason: The trainer is ill", notice.CardText, StringComparison.Ordinal);
        }
        Assert.Empty(await scene.ReceivedAsync(scene.Sun, mark));
        var stored = Assert.Single(await scene.SessionsAsync());
        Assert.Equal((TrainingSessionStatus.Cancelled, "The trainer is ill", "Boss Wu"), (stored.Status, stored.CancelReason, stored.CancelledByName));
        Assert.Contains("No training sessions are planned yet.", (await scene.ListAsync(scene.Sun)).CardText, StringComparison.Ordinal);
    }
}
