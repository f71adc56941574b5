namespace FrontDesk.Tests.Training;

public class TrainingHelpTests
{
    [Fact]
    public async Task The_help_card_offers_the_desk_sessions_and_their_own_and_managers_also_scheduling_attendance_and_status()
    {
        await using var scene = await TrainingScene.StartAsync();
        string[] desk = ["Training sessions", "My training", "Type: training", "Type: my training"];
        string[] managers = ["New training session", "Training attendance", "Training status", "Type: new training", "Type: attendance", "Type: training status"];

        var staff = Assert.Single(await scene.Teams.SayAsync(scene.Zhou, "help")).CardText;
        Assert.All(desk, entry => Assert.Contains(entry, staff, StringComparison.Ordinal));
        Assert.All(managers, entry => Assert.DoesNotContain(entry, staff, StringComparison.Ordinal));

        var boss = Assert.Single(await scene.Teams.SayAsync(scene.Boss, "help"));
        Assert.All(desk.Concat(managers), entry => Assert.Contains(entry, boss.CardText, StringComparison.Ordinal));
        var form = Assert.Single(await scene.Teams.PressAsync(scene.Boss, boss, "New training session"));
        Assert.Contains("Save session", form.Card!.ToString(), StringComparison.Ordinal);

        var zh = Assert.Single(await scene.Teams.SayAsync(scene.Boss, "帮助", "zh-CN")).CardText;
        foreach (var entry in new[] { "培训课程", "我的培训", "新建培训", "培训出勤", "培训情况", "输入：培训情况" })
        {
            Assert.Contains(entry, zh, StringComparison.Ordinal);
        }
    }
}
