using System.Text.Json.Nodes;
using FrontDesk.Data;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Hosting;

// A writer of this process that holds SQLite's lock past the busy timeout makes the others answer "busy" in their
// language, and they are served once it lets go.
public class ConcurrentWritersTests
{
    [Fact]
    public async Task A_check_in_queued_behind_a_writer_of_the_same_host_that_holds_the_lock_too_long_is_asked_to_try_again_in_Chinese()
    {
        await using var h = new KioskHarness(app => app.Settings["Database:BusyTimeoutSeconds"] = "1");
        var host = await h.HostInChatAsync();
        var invited = await h.InviteAsync(host, "Zhang San");
        var visitor = await h.VisitorAsync("zh-CN");

        var dbs = h.Get<IDbContextFactory<FrontDeskDb>>();
        await using (var db = await dbs.CreateDbContextAsync())
        await using (await db.Database.BeginTransactionAsync())
        {
            await visitor.SayAsync(invited.Code!);
        }

        Assert.Equal("抱歉，前台的记录系统此刻正忙，刚才的操作未能保存。请稍后再试一次。", await visitor.LastTextAsync());
        Assert.Equal(VisitStatus.Expected, Assert.Single(await h.VisitsAsync()).Status);
        await visitor.SayAsync(invited.Code!);
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await h.VisitsAsync()).Status);
    }
}
