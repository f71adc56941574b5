using System.Text.Json.Nodes;
using FrontDesk.Data;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Hosting;

// Many turns of one host writing at once queue for SQLite's write lock in order (the process's write gate), so
// none waits out the busy timeout while the lock sits free; a writer of this process that holds the lock past the
// timeout still makes the others answer "busy" in their language.
public class ConcurrentWritersTests
{
    private const int Visitors = 40;

    private static JsonObject Filled(int i) => new()
    {
        ["name"] = $"Visitor {i}",
        ["company"] = "Tailspin",
        ["host"] = "Alice Wang",
        ["purpose"] = "Interview",
        ["consent"] = "true",
    };

    [Fact]
    public async Task Forty_walk_ins_registering_at_the_same_moment_are_all_stored_and_none_is_asked_to_try_again()
    {
        await using var h = new KioskHarness(app =>
        {
            // The default busy timeout: room for one slow writer on a loaded machine.
            app.Settings["Database:BusyTimeoutSeconds"] = "5";
            // Forty kiosks at one address ask for their tokens at once.
            app.Settings["Lobby:TokenRequestsPerMinute"] = "1000";
            app.Settings["Lobby:TokenRequestsPerMinutePerAddress"] = "1000";
        });
        await h.HostInChatAsync("Alice Wang", "Contoso");
        var visitors = await Task.WhenAll(Enumerable.Range(0, Visitors).Select(_ => h.VisitorAsync()));

        await Task.WhenAll(visitors.Select(v => v.TapAsync("walkin")));
        var forms = await Task.WhenAll(visitors.Select(v => v.LastCardAsync()));
        await Task.WhenAll(visitors.Select((v, i) => v.SubmitAsync(forms[i], Filled(i))));

        var answers = await Task.WhenAll(visitors.Select(v => v.LastTextAsync()));
        Assert.All(answers.Select((text, i) => (text, i)), a =>
            Assert.Equal($"Thank you, Visitor {a.i}. We've asked Alice Wang to let you in; please take a seat.", a.text));
        var visits = await h.VisitsAsync();
        Assert.Equal(Visitors, visits.Count);
        Assert.All(visits, v => Assert.Equal(VisitStatus.AwaitingHost, v.Status));
    }

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
