using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

// The invitation form's times: a window already over is refused, and the form starts on a slot still ahead.
public class InvitationTimesTests
{
    // 09:00 in Shanghai on Monday 30 November 2026 (the harness's start), plus this.
    private static DateTimeOffset At(int hour, int minute) => OutboxHarness.Start.AddHours(hour - 9).AddMinutes(minute);

    private static string? Input(RecordedCall card, string id) =>
        (string?)card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["id"] == id)["value"];

    [Fact]
    public async Task A_window_that_is_already_over_today_is_refused_beside_its_end_time()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        h.AdvanceTo(At(15, 10));
        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));

        var typed = new Dictionary<string, string> { ["name"] = "Zhang San", ["purpose"] = "Audit", ["date"] = "2026-11-30", ["from"] = "10:00", ["until"] = "11:00" };
        var refused = Assert.Single(await h.Teams.PressAsync(alice, form, "Send invitation", typed));

        Assert.Equal(form.SentId, refused.ActivityId);
        Assert.Contains("This time has already passed today (it is now 15:10). Please pick a later time or another day.", refused.CardText, StringComparison.Ordinal);
        Assert.Equal("10:00", Input(refused, "from"));
        Assert.Equal(0, await h.Teams.WithDbAsync(db => db.Visits.CountAsync()));

        var chineseForm = Assert.Single(await h.Teams.SayAsync(alice, "邀请访客", "zh-CN"));
        var chinese = Assert.Single(await h.Teams.PressAsync(alice, chineseForm, "发送邀请", typed, locale: "zh-CN"));
        Assert.Contains("该时间今天已过（现在是 15:10）。请选择更晚的时间或其他日期。", chinese.CardText, StringComparison.Ordinal);

        // A window still under way is fine: the visitor can come now.
        var accepted = Assert.Single(await h.Teams.PressAsync(alice, refused, "Send invitation", new(typed) { ["from"] = "15:00", ["until"] = "16:00" }));
        Assert.Contains("Invitation ready", accepted.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_form_starts_on_the_next_half_hour_and_sends_as_it_is()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        h.AdvanceTo(At(15, 10));

        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));
        Assert.Equal(("2026-11-30", "15:30", "16:30"), (Input(form, "date"), Input(form, "from"), Input(form, "until")));

        var created = Assert.Single(await h.Teams.PressAsync(alice, form, "Send invitation", new() { ["name"] = "Zhang San", ["purpose"] = "Audit" }));
        Assert.Contains("Zhang San is expected Mon 30 Nov, 15:30–16:30.", created.CardText, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(9, 0, "2026-11-30", "10:00", "11:00")] // the morning starts at ten, as before
    [InlineData(10, 20, "2026-11-30", "11:00", "12:00")] // at least a quarter of an hour ahead
    [InlineData(10, 10, "2026-11-30", "10:30", "11:30")]
    [InlineData(19, 10, "2026-12-01", "10:00", "11:00")] // the next slot would end after closing (20:00): tomorrow morning
    public async Task The_next_slot_is_a_sensible_one_at_any_time_of_day(int hour, int minute, string date, string from, string until)
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        h.AdvanceTo(At(hour, minute));

        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));

        Assert.Equal((date, from, until), (Input(form, "date"), Input(form, "from"), Input(form, "until")));
    }
}
