using FrontDesk.Bot.Hosting.State;
using FrontDesk.Data.State;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.State;

// State nobody wrote for BotState:KeepDays (7) goes: in a round the tests call, and daily on the app's clock.
public class BotStatePurgeTests
{
    private static readonly DateTimeOffset Start = new(2026, 11, 30, 1, 0, 0, TimeSpan.Zero);
    private const string Abandoned = "kiosk/forms/ended-before-a-restart";

    [Fact]
    public async Task A_round_forgets_state_not_written_for_a_week_and_keeps_the_rest()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = new FrontDeskApp(clock);
        app.Settings["BotState:PurgeInBackground"] = "false";
        var store = app.Services.GetRequiredService<BotStateStore>();
        await store.WriteAsync([new StateChange(Abandoned, "{}")], default);
        clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        await store.WriteAsync([new StateChange("kiosk/forms/today", "{}")], default);

        Assert.Equal(1, await app.Services.GetRequiredService<BotStatePurge>().RunOnceAsync());

        Assert.Equal(["kiosk/forms/today"], (await store.ReadAsync([Abandoned, "kiosk/forms/today"], default)).Keys);
    }

    [Fact]
    public async Task The_purge_runs_by_itself_once_a_day()
    {
        var clock = new FakeTimeProvider(Start);
        await using var app = new FrontDeskApp(clock);
        var store = app.Services.GetRequiredService<BotStateStore>();
        await store.WriteAsync([new StateChange(Abandoned, "{}")], default);

        // A week of daily rounds: the row is not older than a week yet.
        for (var day = 1; day <= 7; day++)
        {
            clock.Advance(BotStatePurge.Every);
        }
        await Task.Delay(200);
        Assert.Single(await store.ReadAsync([Abandoned], default));

        clock.Advance(BotStatePurge.Every);

        // The round runs on the worker's own task once the timer fires: wait for it (not a speed check).
        for (var i = 0; i < 100 && (await store.ReadAsync([Abandoned], default)).Count > 0; i++)
        {
            await Task.Delay(50);
        }
        Assert.Empty(await store.ReadAsync([Abandoned], default));
    }
}
