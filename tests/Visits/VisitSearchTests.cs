using System.Net;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

public class VisitSearchTests
{
    [Fact]
    public async Task Staff_search_past_visits_and_download_the_register_as_CSV()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        await h.TenantInChatAsync("Alice");
        var desk = await h.StaffInChatAsync();
        var services = h.Teams.App.Services;
        var aliceId = (await h.Teams.WithDbAsync(db => db.Members.SingleAsync())).Id;
        var checkIn = services.GetRequiredService<LobbyCheckIn>();
        await checkIn.WalkInAsync(new WalkInRequest("Zhang San", "Northwind", aliceId, "Interview", true, "a"), "l1", "en");
        await checkIn.WalkInAsync(new WalkInRequest("=HYPERLINK(\"http://x\")", "王氏", aliceId, "Delivery", true, "b"), "l2", "en");

        var found = Assert.Single(await h.Teams.SayAsync(desk, "visits zhang 2026-11-01 2026-11-30"));
        Assert.Contains("Visits matching \"zhang\", 2026-11-01 – 2026-11-30 (1)", found.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhang San (Northwind) → Alice, Contoso · 09:00 · waiting for the host", found.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("HYPERLINK", found.CardText, StringComparison.Ordinal);

        var link = (string)found.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "Action.OpenUrl")["url"]!;
        Assert.StartsWith("http://localhost:3978/api/exports/visits/", link, StringComparison.Ordinal);
        using var response = await h.Teams.Client.GetAsync(new Uri(new Uri(link).PathAndQuery, UriKind.Relative));
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("visits-20261101-20261130.csv", response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName);
        var csv = (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF');
        var lines = csv.Split("\r\n", StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(3, lines.Length);
        Assert.StartsWith("visitor,visitor_company,host,company", lines[0], StringComparison.Ordinal);
        Assert.Contains("\"'=HYPERLINK(\"\"http://x\"\")\",\"王氏\",\"Alice\",\"Contoso\"", csv, StringComparison.Ordinal);

        using var forged = await h.Teams.Client.GetAsync(new Uri("/api/exports/visits/not-a-token", UriKind.Relative));
        Assert.Equal(HttpStatusCode.Forbidden, forged.StatusCode);

        Assert.Equal("Please choose at most 366 days.", Assert.Single(await h.Teams.SayAsync(desk, "visits 2024-01-01 2026-11-30")).Text);
    }

    [Fact]
    public async Task The_download_link_works_for_15_minutes_on_the_apps_clock()
    {
        await using var h = new OutboxHarness(app => app.Settings["Visits:RunInBackground"] = "false");
        var desk = await h.StaffInChatAsync();
        var found = Assert.Single(await h.Teams.SayAsync(desk, "visits 2026-11-01 2026-11-30"));
        var link = new Uri((string)found.Card!.Descendants().OfType<JObject>().Single(o => (string?)o["type"] == "Action.OpenUrl")["url"]!);
        var path = new Uri(link.PathAndQuery, UriKind.Relative);

        h.Clock.Advance(TimeSpan.FromMinutes(14));
        using (var inTime = await h.Teams.Client.GetAsync(path))
        {
            Assert.Equal(HttpStatusCode.OK, inTime.StatusCode);
        }
        h.Clock.Advance(TimeSpan.FromMinutes(1));
        using var late = await h.Teams.Client.GetAsync(path);
        Assert.Equal(HttpStatusCode.Forbidden, late.StatusCode);
        Assert.Contains("expired", await late.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }
}
