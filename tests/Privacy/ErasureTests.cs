using System.Net;
using System.Net.Http.Headers;
using System.Text.Json;
using FrontDesk.Cards.Privacy;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Privacy;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Privacy;

// A visitor asks to be forgotten: a manager finds them in Teams, confirms, and their visits, invitation,
// feedback text and kiosk uploads are gone; the audit log says who did it and how many, nothing of the visitor.
public sealed class ErasureTests : IAsyncLifetime
{
    private readonly PrivacyScene _s = new();

    public Task InitializeAsync() => _s.StartAsync();

    public async Task DisposeAsync() => await _s.DisposeAsync();

    // The visitor sends a photo at the kiosk, as Web Chat's attach button does; returns where it can be fetched.
    private static async Task<Uri> UploadPhotoAsync(KioskVisitor visitor)
    {
        var activity = new ByteArrayContent(JsonSerializer.SerializeToUtf8Bytes(new { type = "message", attachments = new[] { new { contentType = "image/png", name = "id.png" } } }));
        activity.Headers.ContentType = new MediaTypeHeaderValue("application/vnd.microsoft.activity");
        var file = new ByteArrayContent([0x89, 0x50, 0x4E, 0x47]);
        file.Headers.ContentType = new MediaTypeHeaderValue("image/png");
        using var form = new MultipartFormDataContent { { activity, "activity", "blob" }, { file, "file", "id.png" } };
        var client = visitor.Client;
        using var request = new HttpRequestMessage(HttpMethod.Post, new Uri($"/v3/directline/conversations/{client.ConversationId}/upload", UriKind.Relative)) { Content = form };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", client.Token);
        using var response = await client.Http.SendAsync(request);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var (activities, _) = await client.GetActivitiesAsync();
        var url = activities.Select(a => a.TryGetProperty("attachments", out var at) && at.GetArrayLength() > 0 && at[0].TryGetProperty("contentUrl", out var u) ? u.GetString() : null)
            .Last(u => u is not null);
        return new Uri(new Uri(url!).PathAndQuery, UriKind.Relative);
    }

    private async Task<HttpStatusCode> FetchAsync(KioskVisitor visitor, Uri photo)
    {
        using var response = await visitor.Client.Http.GetAsync(photo);
        return response.StatusCode;
    }

    [Fact]
    public async Task A_manager_forgets_a_visitor_and_only_the_counts_stay()
    {
        var walkIn = await _s.WalkInAsync("Li Lei", "Tailspin", "Interview", "The badge took long.", "138 0000 1234");
        var kiosk = _s.LastVisitor;
        var photo = await UploadPhotoAsync(kiosk);
        Assert.Equal(HttpStatusCode.OK, await FetchAsync(kiosk, photo));
        var invitation = await _s.H.InviteAsync(_s.Host, "Li Lei", "Tailspin", "Follow-up", KioskHarness.Today.AddDays(1));
        var other = await _s.WalkInAsync("Wang Fang", "Fabrikam", "Delivery", "Friendly desk.", "139 1111 2222");

        var card = await _s.H.Teams.OpenAsync(_s.Manager, "forget visitor Li Lei");
        Assert.Contains("1 found: pick the person to forget", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Li Lei (Tailspin)", card.CardText, StringComparison.Ordinal);
        Assert.Contains("2 visits, 1 upcoming invitations · last seen 2026-12-01", card.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Wang Fang", card.CardText, StringComparison.Ordinal);

        await _s.H.Teams.PressAsync(_s.Manager, card, "Forget…", within: "Li Lei");
        var confirm = _s.H.Teams.Current(card);
        Assert.Contains("Forget Li Lei (Tailspin)?", confirm.CardText, StringComparison.Ordinal);
        Assert.Contains("of 2 visits, cancels 1 upcoming invitations and clears the text and contact details of 1 feedback entries", confirm.CardText, StringComparison.Ordinal);
        Assert.Equal("Li Lei", (await _s.VisitAsync(walkIn.Id)).VisitorName);

        await _s.H.Teams.PressAsync(_s.Manager, confirm, "Forget");

        var done = _s.H.Teams.Current(card);
        Assert.Contains("Blanked 2 visits, cancelled 1 invitations, cleared 1 feedback entries and 1 kiosk conversations.", done.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Li Lei", done.CardText, StringComparison.Ordinal);
        Assert.Empty(await _s.WhereMentionedAsync("Li Lei"));
        Assert.Empty(await _s.WhereMentionedAsync("138 0000 1234"));
        Assert.Empty(await _s.WhereMentionedAsync("The badge took long."));
        var visit = await _s.VisitAsync(walkIn.Id);
        Assert.Equal((VisitStatus.CheckedOut, walkIn.ArrivedAt, walkIn.CompanyId), (visit.Status, visit.ArrivedAt, visit.CompanyId));
        var invited = await _s.VisitAsync(invitation.Id);
        Assert.Equal((VisitStatus.Cancelled, null, ""), (invited.Status, invited.Code, invited.VisitorName));
        Assert.Equal(2, (await _s.FeedbackOfAsync(walkIn.Id)).Rating);
        Assert.Equal(HttpStatusCode.NotFound, await FetchAsync(kiosk, photo));
        Assert.Equal("Wang Fang", (await _s.VisitAsync(other.Id)).VisitorName);
        Assert.Equal("Friendly desk.", (await _s.FeedbackOfAsync(other.Id)).Comment);

        var audit = await _s.H.Teams.WithDbAsync(db => db.Audit.AsNoTracking().SingleAsync(a => a.Action == VisitorErasure.AuditAction));
        Assert.Equal(_s.Manager.AadObjectId, audit.Actor);
        Assert.StartsWith("visits=2; invitations=1; feedback=1; notices=", audit.Details, StringComparison.Ordinal);
        Assert.EndsWith("; kiosk=1", audit.Details, StringComparison.Ordinal);
        Assert.Equal(_s.H.Clock.GetUtcNow(), audit.At);

        // The confirmation pressed again (a double tap) finds nothing left and says so.
        await _s.H.Teams.PressAsync(_s.Manager, confirm, "Forget");
        Assert.Contains("no personal details left", _s.H.Teams.Current(card).CardText, StringComparison.Ordinal);
        Assert.Single(await _s.H.Teams.WithDbAsync(db => db.Audit.AsNoTracking().Where(a => a.Action == VisitorErasure.AuditAction).ToListAsync()));
    }

    [Fact]
    public async Task Cancel_forgets_nothing()
    {
        var walkIn = await _s.WalkInAsync();
        var card = await _s.H.Teams.OpenAsync(_s.Manager, "forget visitor");
        await _s.H.Teams.PressAsync(_s.Manager, card, "Find", typed: new() { [ForgetCards.QueryField] = "li lei" });
        await _s.H.Teams.PressAsync(_s.Manager, _s.H.Teams.Current(card), "Forget…", within: "Li Lei");

        await _s.H.Teams.PressAsync(_s.Manager, _s.H.Teams.Current(card), "Cancel");

        Assert.Contains("Nothing was forgotten.", _s.H.Teams.Current(card).CardText, StringComparison.Ordinal);
        Assert.Equal("Li Lei", (await _s.VisitAsync(walkIn.Id)).VisitorName);
    }

    [Fact]
    public async Task Desk_staff_cannot_forget_a_visitor_nor_forge_the_button()
    {
        var walkIn = await _s.WalkInAsync();
        var desk = await _s.H.Teams.AddStaffAsync("Desk", "desk@building.com", StaffRole.Staff);
        await _s.H.Teams.SayAsync(desk, "hi");

        var replies = await _s.H.Teams.SayAsync(desk, "forget visitor Li Lei");
        Assert.DoesNotContain(replies, r => r.CardText.Contains("pick the person to forget", StringComparison.Ordinal));
        // Forged: the manager's Forget button, with the visit's id, sent by a desk account.
        await _s.H.Teams.SubmitForgedAsync(desk, new JObject { ["action"] = PrivacyActions.Erase.Name, [ForgetCards.IdsKey] = $"{walkIn.Id}" }, null);

        Assert.Equal("Li Lei", (await _s.VisitAsync(walkIn.Id)).VisitorName);
        Assert.Equal(0, await _s.H.Teams.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == VisitorErasure.AuditAction)));
    }
}
