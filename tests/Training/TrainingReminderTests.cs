namespace FrontDesk.Tests.Training;

public class TrainingReminderTests
{
    [Fact]
    public async Task Everyone_with_a_place_is_reminded_once_the_day_before_at_the_set_building_time_in_their_language()
    {
        await using var scene = await TrainingScene.StartAsync();
        // Tuesday 8 Dec, 14:00 in Shanghai: the reminder is due on Monday 7 Dec at 16:00 there, 08:00 UTC.
        await scene.CreateAsync(TrainingScene.SessionFields(capacity: "2"));
        await scene.Teams.SayAsync(scene.Sun, "你好", "zh-CN");
        await scene.SignUpAsync(scene.Zhou);
        await scene.SignUpAsync(scene.Sun, "礼仪", "zh-CN");
        await scene.PressOnListAsync(scene.Qian, "Join the waiting list", "Etiquette");

        scene.Clock.Advance(new DateTimeOffset(2026, 12, 7, 7, 59, 0, TimeSpan.Zero) - scene.Clock.GetUtcNow());
        var mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        Assert.Empty(await scene.ReceivedAsync(scene.Zhou, mark));

        scene.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(2, (await scene.RunRoundAsync()).Reminded);
        var toZhou = Assert.Single(await scene.ReceivedAsync(scene.Zhou, mark));
        Assert.Contains("Training tomorrow: Etiquette", toZhou.CardText, StringComparison.Ordinal);
        Assert.Contains("Tue 8 Dec, 14:00", toZhou.CardText, StringComparison.Ordinal);
        Assert.Contains("Room 301", toZhou.CardText, StringComparison.Ordinal);
        var toSun = Assert.Single(await scene.ReceivedAsync(scene.Sun, mark));
        Assert.Contains("明天的培训：礼仪", toSun.CardText, StringComparison.Ordinal);
        Assert.Contains("12月8日 周二 14:00", toSun.CardText, StringComparison.Ordinal);
        Assert.Equal("zh-Hans", (string?)toSun.Body!["locale"]);
        // On the waiting list: no place to be reminded of.
        Assert.Empty(await scene.ReceivedAsync(scene.Qian, mark));

        // Once: the next rounds that evening and the next morning send nothing more.
        mark = scene.Teams.Channel.MarkCalls();
        scene.Clock.Advance(TimeSpan.FromHours(2));
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        scene.Clock.Advance(TimeSpan.FromHours(14));
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        Assert.Empty(await scene.ReceivedAsync(scene.Zhou, mark));
        Assert.Empty(await scene.ReceivedAsync(scene.Sun, mark));

        // The reminder's own button gives the place up, and the first waiting has it.
        var gaveUp = Assert.Single(await scene.Teams.PressAsync(scene.Zhou, toZhou, "Cancel my place"), c => c.ConversationId == scene.Zhou.ConversationId);
        Assert.Contains("You have given up your place on Etiquette.", gaveUp.CardText, StringComparison.Ordinal);
        Assert.Contains("You have a place now", Assert.Single(await scene.ReceivedAsync(scene.Qian, mark)).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Someone_signing_up_after_the_reminder_time_is_not_reminded_again_and_the_reminder_time_is_a_setting()
    {
        await using var scene = await TrainingScene.StartAsync(app => app.Settings["Training:ReminderTime"] = "09:30");
        await scene.CreateAsync(TrainingScene.SessionFields(date: "2026-12-03", time: "10:00"));
        await scene.SignUpAsync(scene.Zhou);

        // Wednesday 2 Dec at 09:29 in Shanghai: not yet.
        scene.Clock.Advance(new DateTimeOffset(2026, 12, 2, 1, 29, 0, TimeSpan.Zero) - scene.Clock.GetUtcNow());
        var mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        scene.Clock.Advance(TimeSpan.FromMinutes(1));
        Assert.Equal(1, (await scene.RunRoundAsync()).Reminded);
        Assert.Contains("Training tomorrow: Etiquette", Assert.Single(await scene.ReceivedAsync(scene.Zhou, mark)).CardText, StringComparison.Ordinal);

        // Signed up at 12:00 the day before: the sign-up card said it all.
        scene.Clock.Advance(TimeSpan.FromMinutes(150));
        await scene.SignUpAsync(scene.Qian);
        mark = scene.Teams.Channel.MarkCalls();
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        Assert.Empty(await scene.ReceivedAsync(scene.Qian, mark));
        Assert.All(await scene.SignUpsAsync(), u => Assert.NotNull(u.RemindedAt));
    }

    [Fact]
    public async Task A_session_moved_to_another_day_after_its_reminder_is_reminded_again_the_day_before_its_new_day()
    {
        await using var scene = await TrainingScene.StartAsync();
        await scene.CreateAsync(TrainingScene.SessionFields());
        await scene.SignUpAsync(scene.Zhou);
        scene.Clock.Advance(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero) - scene.Clock.GetUtcNow());
        Assert.Equal(1, (await scene.RunRoundAsync()).Reminded);

        var change = await scene.PressOnListAsync(scene.Boss, "Change", "Etiquette");
        await scene.Teams.PressAsync(scene.Boss, change, "Save changes", new() { ["date"] = "2026-12-10" });
        Assert.Equal(0, (await scene.RunRoundAsync()).Reminded);
        var mark = scene.Teams.Channel.MarkCalls();

        // Wednesday 9 Dec at 16:00 in Shanghai.
        scene.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Equal(1, (await scene.RunRoundAsync()).Reminded);
        var reminder = Assert.Single(await scene.ReceivedAsync(scene.Zhou, mark));
        Assert.Contains("Training tomorrow: Etiquette", reminder.CardText, StringComparison.Ordinal);
        Assert.Contains("Thu 10 Dec, 14:00", reminder.CardText, StringComparison.Ordinal);
    }
}
