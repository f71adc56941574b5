using System.Net;
using FrontDesk.Cards.Privacy;
using FrontDesk.Data.Audit;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Privacy;

// Every look at visitor data (the board, on site, the search, a tenant's own visitors) and every export
// download is in the audit log, by record id and never by name; managers read the log by person and period.
public sealed class AuditLogTests : IAsyncLifetime
{
    private readonly PrivacyScene _s = new();
    private TeamsUser _desk = null!;

    public async Task InitializeAsync()
    {
        await _s.StartAsync();
        _desk = await _s.H.Teams.AddStaffAsync("Desk Lin", "desk.lin@building.com", StaffRole.Staff);
        await _s.H.Teams.SayAsync(_desk, "hi");
    }

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private Task<List<AuditEntry>> AuditAsync(string action) =>
        _s.H.Teams.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == action).OrderBy(a => a.Id).ToListAsync());

    private static Uri DownloadLink(RecordedCall card) =>
        new(card.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "Action.OpenUrl")["url"]!.ToString());

    [Fact]
    public async Task Views_and_the_export_are_audited_by_who_and_which_visits()
    {
        var visit = await _s.WalkInAsync();
        await _s.H.Teams.OpenAsync(_desk, "visitors");
        await _s.H.Teams.OpenAsync(_desk, "on site");
        var search = await _s.H.Teams.OpenAsync(_desk, "visits Li Lei");
        await _s.H.Teams.OpenAsync(_s.Host, "our visitors");

        using var download = await _s.H.Teams.Client.GetAsync(new Uri(DownloadLink(search).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Contains("Li Lei", await download.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        var viewed = await AuditAsync(AccessLog.Viewed);
        Assert.Equal(
            [(_desk.AadObjectId, "board", $"visits={visit.Id}"), (_desk.AadObjectId, "onsite", "visits="), (_desk.AadObjectId, "search", $"visits={visit.Id}"),
             (_s.Host.AadObjectId, "ours", $"visits={visit.Id}")],
            viewed.Select(a => (a.Actor, a.Subject, a.Details)));
        var exported = Assert.Single(await AuditAsync(AccessLog.Exported));
        Assert.Equal((_desk.AadObjectId, "visits 2026-10-31..2026-11-30"), (exported.Actor, exported.Subject));
        Assert.Empty(await _s.WhereMentionedAsync("Li Lei").ContinueWith(t => t.Result.Where(w => w.StartsWith("audit", StringComparison.Ordinal)).ToList()));
    }

    [Fact]
    public async Task The_feedback_alert_the_feedback_summary_and_the_watchlist_are_audited_when_shown()
    {
        var visit = await _s.WalkInAsync();
        var feedback = await _s.FeedbackOfAsync(visit.Id);
        // The low rating reached the manager with the visitor's phone on it; reading it in the alert and the summary is a view.
        var alert = _s.H.Teams.Channel.Delivered.Last(c => c.ConversationId == _s.Manager.ConversationId && c.CardText.Contains("Low rating", StringComparison.Ordinal));
        Assert.Contains("138 0000 1234", alert.CardText, StringComparison.Ordinal);
        var asking = Assert.Single(await _s.H.Teams.PressAsync(_s.Manager, alert, "Follow up"));
        Assert.Contains("138 0000 1234", asking.CardText, StringComparison.Ordinal);
        var summary = await _s.H.Teams.OpenAsync(_s.Manager, "feedback summary");
        Assert.Contains("The badge took long.", summary.CardText, StringComparison.Ordinal);
        var watchlist = await _s.H.Teams.OpenAsync(_desk, "watchlist");
        await _s.H.Teams.PressAsync(_desk, watchlist, "Add to watchlist", typed: new() { ["name"] = "Zhang San", ["reason"] = "Banned" });
        var watched = await _s.H.Teams.WithDbAsync(db => db.Watchlist.AsNoTracking().SingleAsync());

        var viewed = await AuditAsync(AccessLog.Viewed);
        Assert.Equal(
            [(_s.Manager.AadObjectId, "feedback.alert", $"feedback={feedback.Id} visits={visit.Id}"),
             (_s.Manager.AadObjectId, "feedback.summary", $"feedback={feedback.Id} visits={visit.Id}"),
             (_desk.AadObjectId, "watchlist", "watchlist="), (_desk.AadObjectId, "watchlist", $"watchlist={watched.Id}")],
            viewed.Select(a => (a.Actor, a.Subject, a.Details)));
        var log = await _s.H.Teams.OpenAsync(_s.Manager, "audit log");
        Assert.Contains("Chen Jing · viewed visitors · the feedback alert · feedback=", log.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Lin · viewed visitors · the watchlist · watchlist=", log.CardText, StringComparison.Ordinal);
        var chinese = await _s.H.Teams.OpenAsync(_s.Manager, "audit log", "zh-CN");
        Assert.Contains("反馈汇总", chinese.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain(await _s.WhereMentionedAsync("138 0000 1234"), w => w.StartsWith("audit", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_manager_reads_the_log_by_person_and_period_with_stored_text_escaped()
    {
        await _s.H.Teams.OpenAsync(_desk, "visitors");
        var watchlist = await _s.H.Teams.OpenAsync(_desk, "watchlist");
        await _s.H.Teams.PressAsync(_desk, watchlist, "Add to watchlist", typed: new() { ["name"] = "[x](http://evil.example)", ["reason"] = "Banned" });

        var card = await _s.H.Teams.OpenAsync(_s.Manager, "audit log");
        Assert.Contains("entries, 2026-11-24 – 2026-11-30", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Lin · viewed visitors · the visitor board · visits=", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Desk Lin · watchlist.added · [x](http://evil.example)", card.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[x\]\(http://evil\.example\)", card.RawCardText, StringComparison.Ordinal);

        await _s.H.Teams.PressAsync(_s.Manager, card, "Show", typed: new() { [AuditLogCards.PersonField] = "Chen Jing" });
        var mine = _s.H.Teams.Current(card);
        Assert.Contains("entries by Chen Jing, 2026-11-24 – 2026-11-30", mine.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk Lin", mine.CardText, StringComparison.Ordinal);

        await _s.H.Teams.PressAsync(_s.Manager, mine, "Show", typed: new()
        {
            [AuditLogCards.PersonField] = "desk.lin@building.com",
            [AuditLogCards.FromField] = "2026-11-01",
            [AuditLogCards.ToField] = "2026-11-29",
        });
        Assert.Contains("0 entries by desk.lin@building.com, 2026-11-01 – 2026-11-29", _s.H.Teams.Current(card).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Desk_staff_cannot_read_the_audit_log()
    {
        var replies = await _s.H.Teams.SayAsync(_desk, "audit log");
        Assert.DoesNotContain(replies, r => r.CardText.Contains("Audit log", StringComparison.Ordinal) && r.CardText.Contains("entries", StringComparison.Ordinal));
        // Forged: the manager's Show button sent by a desk account.
        var forged = await _s.H.Teams.SubmitForgedAsync(_desk, new JObject { ["action"] = PrivacyActions.ShowAudit.Name, [AuditLogCards.FromField] = "2026-11-01" }, null);
        Assert.DoesNotContain(forged, r => r.CardText.Contains("entries", StringComparison.Ordinal));
    }
}
