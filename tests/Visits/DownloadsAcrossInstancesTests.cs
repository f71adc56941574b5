using System.Net;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Visits;

// Behind a load balancer the manager's browser may open a download link at another instance than the one that
// signed it: the signing keys are in the database both use, not in one machine's home folder.
public class DownloadsAcrossInstancesTests
{
    [Fact]
    public async Task A_download_link_signed_by_one_instance_opens_at_another_on_the_same_database()
    {
        await using var h = await VisitExportLanguageTests.StartAsync();
        var desk = await h.StaffInChatAsync("Desk");
        var link = new Uri(await VisitExportLanguageTests.LinkAsync(h, desk, "visits 2026-11-01 2026-11-30", "en-US"));
        using var other = new FrontDeskApp(h.Teams.App.Clock);
        other.Settings["Database:Path"] = h.Teams.App.DatabasePath;

        using var response = await other.CreateClient().GetAsync(new Uri(link.PathAndQuery, UriKind.Relative));

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.StartsWith("visitor,visitor_company,host", (await response.Content.ReadAsStringAsync()).TrimStart('\uFEFF'), StringComparison.Ordinal);
        Assert.NotEmpty(await h.Teams.WithDbAsync(db => db.DataProtectionKeys.ToListAsync()));
    }
}
