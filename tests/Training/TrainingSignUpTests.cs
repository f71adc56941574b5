using FrontDesk.Data.Training;

namespace FrontDesk.Tests.Training;

public class TrainingSignUpTests
{
    [Fact]
    public async Task A_full_session_offers_the_waiting_list_and_a_place_given_up_goes_to_the_first_waiting_who_is_told()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(capacity: "1"));
        await scene.Teams.SayAsync(scene.Sun, "你好", "zh-CN");

        Assert.Contains("You are signed up for Etiquette", (await scene.SignUpAsync(scene.Zhou)).CardText, StringComparison.Ordinal);
        var full = await scene.ListAsync(scene.Qian);
        Assert.Contains("Full, no seats left", full.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("\"Sign up\"", full.Card!.ToString(), StringComparison.Ordinal);
        var first = Assert.Single(await scene.Teams.PressAsync(scene.Qian, full, "Join the waiting list", within: "Etiquette"));
        Assert.Contains("Etiquette is full: you are number 1 on its waiting list.", first.CardText, StringComparison.Ordinal);
        Assert.Contains("You are number 1 on the waiting list.", first.CardText, StringComparison.Ordinal);
        var second = await scene.PressOnListAsync(scene.Sun, "加入候补名单", "礼仪", "zh-CN");
        Assert.Contains("您在候补名单上排第 2 位", second.CardText, StringComparison.Ordinal);
        Assert.Contains("已满，没有剩余名额 · 2 人候补", second.CardText, StringComparison.Ordinal);

        var mine = await scene.MineAsync(scene.Zhou);
        Assert.Contains("My training sessions (1)", mine.CardText, StringComparison.Ordinal);
        Assert.Contains("You are signed up.", mine.CardText, StringComparison.Ordinal);
        var mark = scene.Teams.Channel.MarkCalls();
        var gaveUp = Assert.Single(await scene.Teams.PressAsync(scene.Zhou, mine, "Cancel my place", within: "Etiquette"));
        Assert.Equal(mine.SentId, gaveUp.ActivityId);
        Assert.Contains("You have given up your place on Etiquette.", gaveUp.CardText, StringComparison.Ordinal);
        Assert.Contains("You have no place on an upcoming training session.", gaveUp.CardText, StringComparison.Ordinal);

        // Desk Qian was first in line: told in Teams, and the list shows the place as theirs.
        var told = Assert.Single(await scene.ReceivedAsync(scene.Qian, mark));
        Assert.Contains("You have a place now", told.CardText, StringComparison.Ordinal);
        Assert.Contains("A place came free on Etiquette: you were first on the waiting list, so you are signed up now.", told.CardText, StringComparison.Ordinal);
        Assert.Contains("Room 301", told.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ReceivedAsync(scene.Sun, mark));
        Assert.Contains("You are signed up.", (await scene.MineAsync(scene.Qian)).CardText, StringComparison.Ordinal);
        Assert.Contains("您在候补名单上排第 1 位。", (await scene.MineAsync(scene.Sun, "zh-CN")).CardText, StringComparison.Ordinal);
        var rows = await scene.SignUpsAsync();
        Assert.Equal([SignUpStatus.Cancelled, SignUpStatus.Confirmed, SignUpStatus.Waiting], rows.Select(u => u.Status));

        // Leaving the waiting list tells nobody: no place came free.
        mark = scene.Teams.Channel.MarkCalls();
        var left = await scene.PressOnListAsync(scene.Sun, "退出候补名单", "礼仪", "zh-CN");
        Assert.Contains("您已退出礼仪的候补名单。", left.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.ReceivedAsync(scene.Qian, mark));
    }

    [Fact]
    public async Task Signing_up_twice_a_double_tap_and_a_cancelled_or_started_session_are_refused_with_one_record()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-02", time: "10:00", capacity: "5"));
        await scene.CreateAsync(TrainingScene.SessionFields(topic: "Communication", date: "2026-12-09"));

        var list = await scene.ListAsync(scene.Zhou);
        await Task.WhenAll(
            scene.Teams.PressAsync(scene.Zhou, list, "Sign up", within: "Etiquette"),
            scene.Teams.PressAsync(scene.Zhou, list, "Sign up", within: "Etiquette"));
        Assert.Single(await scene.SignUpsAsync());
        var answers = scene.Teams.Channel.Activities.Where(c => c.Method == "PUT" && c.ActivityId == list.SentId).Select(c => c.CardText).ToList();
        Assert.Single(answers, a => a.Contains("You are signed up for Etiquette", StringComparison.Ordinal));
        Assert.Single(answers, a => a.Contains("You are already signed up for Etiquette.", StringComparison.Ordinal));

        // The same stale list pressed again, after the session was cancelled.
        var stale = await scene.ListAsync(scene.Qian);
        await scene.PressOnListAsync(scene.Boss, "Cancel the session", "Cancel Communication");
        var refused = Assert.Single(await scene.Teams.PressAsync(scene.Qian, stale, "Sign up", within: "Communication"));
        Assert.Contains("Communication has been cancelled: pick another session.", refused.CardText, StringComparison.Ordinal);

        // And once the other one has started.
        stale = await scene.ListAsync(scene.Qian);
        scene.Clock.Advance(TimeSpan.FromHours(25));
        refused = Assert.Single(await scene.Teams.PressAsync(scene.Qian, stale, "Sign up", within: "Etiquette"));
        Assert.Contains("Etiquette has already started: pick another session.", refused.CardText, StringComparison.Ordinal);
        Assert.Equal("Desk Zhou", Assert.Single(await scene.SignUpsAsync()).StaffName);
    }

    [Fact]
    public async Task A_tenant_member_is_refused_every_training_command_and_button()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields());
        var list = await scene.ListAsync(scene.Zhou);

        foreach (var typed in new[] { "training", "my training", "new training", "attendance", "training status", "培训", "新建培训", "培训情况" })
        {
            var reply = Assert.Single(await scene.Teams.SayAsync(scene.Wang, typed));
            Assert.Contains("Sorry, that is not available to you.", reply.CardText, StringComparison.Ordinal);
        }
        // Forged: a Sign up button from a staff member's list, pressed by the tenant.
        var forged = Assert.Single(await scene.Teams.SubmitForgedAsync(scene.Wang, Newtonsoft.Json.Linq.JObject.FromObject(
            FrontDesk.Tests.Harness.CardButton.Press(list.Card!, "Sign up", within: "Etiquette")), null));
        Assert.Contains("Sorry, that is not available to you.", forged.CardText, StringComparison.Ordinal);
        Assert.Empty(await scene.SignUpsAsync());
        var help = Assert.Single(await scene.Teams.SayAsync(scene.Wang, "help"));
        Assert.DoesNotContain("Training", help.CardText, StringComparison.Ordinal);
    }
}
