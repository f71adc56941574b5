using FrontDesk.Data.Privacy;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Privacy;

// A walk-in's consent names the privacy notice they were shown: its version (a hash of its text and language),
// whose text is kept; the default notice states the configured retention period.
public sealed class ConsentTests
{
    [Fact]
    public async Task The_visit_records_the_version_of_the_notice_the_visitor_accepted()
    {
        await using var s = new PrivacyScene(app => app.Settings["Privacy:RetentionDays"] = "30");
        await s.StartAsync();
        var visitor = await s.H.VisitorAsync("zh-CN");
        await visitor.TapAsync("walkin");
        var shown = KioskVisitor.RawText(await visitor.LastCardAsync());
        Assert.Contains("30 天后删除您的姓名和联系方式", shown, StringComparison.Ordinal);

        var visit = await s.WalkInAsync();

        var notices = await s.H.Teams.WithDbAsync(db => db.PrivacyNotices.AsNoTracking().ToListAsync());
        var notice = Assert.Single(notices);
        Assert.Equal(notice.Version, visit.ConsentVersion);
        Assert.Equal("en", notice.Language);
        Assert.Contains("deleted after 30 days", notice.Text, StringComparison.Ordinal);
        var english = await s.H.VisitorAsync("en-US");
        await english.TapAsync("walkin");
        Assert.Contains(notice.Text, KioskVisitor.RawText(await english.LastCardAsync()), StringComparison.Ordinal);
        Assert.Equal(ConsentNotices.Of("en", notice.Text).Version, visit.ConsentVersion);
    }

    [Fact]
    public async Task A_changed_notice_is_a_new_version_and_earlier_consents_keep_theirs()
    {
        const string Building = "Harbour House keeps visitor records for 30 days.";
        await using var s = new PrivacyScene(app => app.Settings["Lobby:PrivacyNotice:en"] = Building);
        await s.StartAsync();

        var visit = await s.WalkInAsync();

        var stored = await s.H.Teams.WithDbAsync(db => db.PrivacyNotices.AsNoTracking().SingleAsync(n => n.Version == visit.ConsentVersion));
        Assert.Equal(Building, stored.Text);
        Assert.NotEqual(ConsentNotices.Of("en", Building + " ").Version, visit.ConsentVersion);
        Assert.NotEqual(ConsentNotices.Of("zh-Hans", Building).Version, visit.ConsentVersion);
    }
}
