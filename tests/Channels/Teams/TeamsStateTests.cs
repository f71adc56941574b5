using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Channels.Teams;

public class TeamsStateTests
{
    // No Teams task keeps conversation or user state, so a turn writes none (each write was a database round trip).
    [Fact]
    public async Task A_Teams_turn_writes_no_bot_state()
    {
        await using var teams = new TeamsHarness();
        var desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(desk, "hi");
        await teams.SayAsync(desk, "log mail");

        Assert.Equal(0, await teams.WithDbAsync(db => db.BotState.CountAsync()));
    }
}
