using System.Text.Json;
using FrontDesk.Data.Reports;
using FrontDesk.Data.Traffic;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Privacy;

// The kiosk's notice promises that a visitor's details go after 90 days: the nightly job blanks them, in
// batches, while the visit still counts in the day's figures and the traffic.
public sealed class RetentionTests : IAsyncLifetime
{
    // Batches of one: three visits (and their feedback) take several batches in one run.
    private readonly PrivacyScene _s = new(app => app.Settings["Privacy:BatchSize"] = "1");

    public Task InitializeAsync() => _s.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    private async Task<string> FiguresAsync()
    {
        var day = await _s.H.Get<DailySummary>().ForAsync(KioskHarness.Today);
        var traffic = await _s.H.Get<DeskTraffic>().CountAsync(KioskHarness.Today, KioskHarness.Today);
        return JsonSerializer.Serialize(day) + JsonSerializer.Serialize(traffic);
    }

    [Fact]
    public async Task After_90_days_the_visitors_details_are_gone_and_the_counts_are_kept()
    {
        var first = await _s.WalkInAsync("Li Lei", "Tailspin", "Interview", "The badge took long.", "138 0000 1234");
        var second = await _s.WalkInAsync("Wang Fang", "Fabrikam", "Delivery", "Friendly desk.", "139 1111 2222");
        Assert.NotEmpty(await _s.WhereMentionedAsync("Li Lei"));

        _s.H.Clock.Advance(TimeSpan.FromDays(60));
        var recent = await _s.WalkInAsync("Zhou Min", "Northwind", "Audit", "Quick.", "137 2222 3333");
        var figures = await FiguresAsync();
        _s.H.Clock.Advance(TimeSpan.FromDays(29));
        Assert.Contains("privacy.retention", await _s.RunSchedulesAsync());
        Assert.Null((await _s.VisitAsync(first.Id)).AnonymisedAt);

        _s.H.Clock.Advance(TimeSpan.FromDays(2));
        Assert.Contains("privacy.retention", await _s.RunSchedulesAsync());

        foreach (var (visit, name) in new[] { (first, "Li Lei"), (second, "Wang Fang") })
        {
            var now = await _s.VisitAsync(visit.Id);
            Assert.NotNull(now.AnonymisedAt);
            Assert.Equal(("", null, "", null, null, null), (now.VisitorName, now.VisitorCompany, now.Purpose, now.VisitorPhone, now.LobbyConversationId, now.SubmitToken));
            // What the counts need stays: the status, the host and their company, the times, the consent.
            Assert.Equal((visit.Status, visit.HostMemberId, visit.CompanyId, visit.ArrivedAt, visit.CheckedInAt, visit.CheckedOutAt, visit.WalkIn, visit.ConsentAt),
                (now.Status, now.HostMemberId, now.CompanyId, now.ArrivedAt, now.CheckedInAt, now.CheckedOutAt, now.WalkIn, now.ConsentAt));
            var feedback = await _s.FeedbackOfAsync(visit.Id);
            Assert.Equal((2, null, null, null, false), (feedback.Rating, feedback.Comment, feedback.ContactName, feedback.ContactDetails, feedback.ContactAllowed));
            Assert.Empty(await _s.WhereMentionedAsync(name));
            Assert.Empty(await _s.WhereMentionedAsync("138 0000 1234"));
        }
        Assert.Equal(figures, await FiguresAsync());

        // A visit of 31 days ago keeps everything.
        var kept = await _s.VisitAsync(recent.Id);
        Assert.Equal(("Zhou Min", "Northwind", "Audit", null), (kept.VisitorName, kept.VisitorCompany, kept.Purpose, kept.AnonymisedAt));
        Assert.Equal("Quick.", (await _s.FeedbackOfAsync(recent.Id)).Comment);

        // The next night finds nothing more to do and leaves the first run's marks as they were.
        var marked = (await _s.VisitAsync(first.Id)).AnonymisedAt;
        _s.H.Clock.Advance(TimeSpan.FromDays(1));
        Assert.Contains("privacy.retention", await _s.RunSchedulesAsync());
        Assert.Equal(marked, (await _s.VisitAsync(first.Id)).AnonymisedAt);
        Assert.Null((await _s.VisitAsync(recent.Id)).AnonymisedAt);
    }

    [Fact]
    public async Task The_desks_search_still_lists_an_anonymised_visit_without_a_name()
    {
        var visit = await _s.WalkInAsync();
        var desk = await _s.H.StaffInChatAsync("Desk");
        _s.H.Clock.Advance(TimeSpan.FromDays(91));
        await _s.RunSchedulesAsync();

        var card = await _s.H.Teams.OpenAsync(desk, $"visits {KioskHarness.Today:yyyy-MM-dd} {KioskHarness.Today:yyyy-MM-dd}");

        Assert.Contains($"Visits {KioskHarness.Today:yyyy-MM-dd} – {KioskHarness.Today:yyyy-MM-dd} (1)", card.CardText, StringComparison.Ordinal);
        Assert.Contains("(anonymised) → Alice Wang, Contoso", card.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Li Lei", card.CardText, StringComparison.Ordinal);
        Assert.Equal(VisitStatus.CheckedOut, (await _s.VisitAsync(visit.Id)).Status);
    }
}
