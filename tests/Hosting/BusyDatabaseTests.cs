using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Hosting;

// Another writer holds the database's write lock longer than Database:BusyTimeoutSeconds: the user's turn
// ends with a "try again" in their language instead of a long wait and a generic apology.
public class BusyDatabaseTests
{
    [Fact]
    public async Task A_Teams_user_whose_first_message_cannot_be_saved_is_asked_to_try_again_and_can()
    {
        var app = new FrontDeskApp();
        app.Settings["Database:BusyTimeoutSeconds"] = "1";
        await using var teams = new TeamsHarness(app);
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "alice@contoso.com");

        IReadOnlyList<RecordedCall> replies;
        using (new WriteLock(app.Database))
        {
            replies = await teams.SayAsync(alice, "你好", "zh-CN");
        }

        var reply = Assert.Single(replies);
        Assert.Equal("抱歉，前台的记录系统此刻正忙，刚才的操作未能保存。请稍后再试一次。", reply.Text);
        var again = await teams.SayAsync(alice, "hi");
        Assert.Contains(again, c => c.Text == "Welcome, Alice Wang! I have linked your Teams account to Contoso in the building directory.");
    }

    [Fact]
    public async Task A_kiosk_check_in_that_cannot_be_saved_asks_the_visitor_to_try_again_and_checks_in_nobody()
    {
        await using var h = new KioskHarness(app => app.Settings["Database:BusyTimeoutSeconds"] = "1");
        var host = await h.HostInChatAsync();
        var invited = await h.InviteAsync(host, "Zhang San");
        var visitor = await h.VisitorAsync();

        using (new WriteLock(h.Teams.App.Database))
        {
            await visitor.SayAsync(invited.Code!);
        }

        Assert.Equal("Sorry, the front desk's records are busy right now, so this could not be saved. Please try again in a moment.", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.Expected, Assert.Single(await h.VisitsAsync()).Status);
        await visitor.SayAsync(invited.Code!);
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await h.VisitsAsync()).Status);
    }
}
