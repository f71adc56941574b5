using System.Text.Json.Nodes;
using FrontDesk.Cards.Feedback;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using FrontDesk.Data.Visits;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Visits.Kiosk;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Feedback;

// Feedback at the lobby kiosk, as Web Chat posts it: offered once after check-out and tied to that visit, or
// from the menu at any time; the card follows the kiosk's language, and nothing the kiosk posts is taken as staff.
public sealed class KioskFeedbackTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();
    private TeamsUser _manager = null!;

    public async Task InitializeAsync()
    {
        _manager = await _h.Teams.AddStaffAsync("Chen Jing", "chen.jing@building.com", StaffRole.Manager);
        await _h.Teams.SayAsync(_manager, "hi");
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private async Task<(KioskVisitor Visitor, Visit Visit)> CheckedOutAsync(string locale = "en-US")
    {
        var host = await _h.HostInChatAsync("Alice Wang", "Contoso");
        var result = await _h.Get<LobbyCheckIn>().WalkInAsync(new WalkInRequest("Zhang San", "Northwind", await _h.MemberIdAsync(host), "Meeting", true, "t1"), "dl-elsewhere", "en");
        var visitor = await _h.VisitorAsync(locale);
        await visitor.TapAsync("leaving");
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["who"] = "Zhang San" });
        await visitor.SubmitAsync(await visitor.LastCardAsync(), []);
        return (visitor, result.Visit!);
    }

    private Task<List<FeedbackEntry>> EntriesAsync() => _h.Teams.WithDbAsync(db => db.Feedback.AsNoTracking().OrderBy(f => f.Id).ToListAsync());

    [Fact]
    public async Task After_checking_out_a_visitor_is_offered_feedback_once_and_two_stars_reach_the_manager_tied_to_the_visit()
    {
        var (visitor, visit) = await CheckedOutAsync();
        var offer = await visitor.LastCardAsync();
        Assert.Contains("How was your visit?", KioskVisitor.ShownText(offer), StringComparison.Ordinal);
        Assert.Equal("Before you go: how was your visit? It takes a moment and is entirely up to you.", await visitor.LastTextAsync());

        var mark = _h.Channel.MarkCalls();
        var fields = new JsonObject { ["rating"] = "2", ["category"] = "Reception", ["comment"] = "Waited 15 minutes for a badge.", ["about"] = "", ["contact"] = "false" };
        await Task.WhenAll(visitor.SubmitAsync(offer, fields), visitor.SubmitAsync(offer, fields));

        Assert.Equal("Thank you for your feedback! Have a good day.", await visitor.LastTextAsync());
        Assert.Single(await visitor.TextsAsync(), t => t.StartsWith("Thank you for your feedback", StringComparison.Ordinal));
        var row = Assert.Single(await EntriesAsync());
        Assert.Equal((2, FeedbackSource.Kiosk, visit.Id, (string?)null), (row.Rating, row.Source, row.VisitId, row.GivenBy));
        await _h.DrainAsync();
        var alert = Assert.Single(_h.Channel.CallsSince(mark), c => c.ConversationId == _manager.ConversationId && c.Method == "POST");
        Assert.Contains("Low rating: 2 of 5 for Reception", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("At the lobby kiosk", alert.CardText, StringComparison.Ordinal);
        Assert.Contains("Waited 15 minutes for a badge.", alert.CardText, StringComparison.Ordinal);

        // The same sealed visit on a second form (a replayed tap) is kept, but is not the visit's feedback twice.
        var replayed = fields.DeepClone().AsObject();
        replayed["form"] = "another-form";
        await visitor.SubmitAsync(offer, replayed);
        var entries = await EntriesAsync();
        Assert.Equal(2, entries.Count);
        Assert.Null(entries[1].VisitId);
    }

    [Fact]
    public async Task From_the_menu_in_Chinese_a_missing_rating_comes_back_with_the_comment_kept_and_contact_needs_details()
    {
        var visitor = await _h.VisitorAsync("zh-CN");
        await visitor.TapAsync("feedback");
        var form = await visitor.LastCardAsync();
        Assert.Contains("您对本次来访满意吗？", KioskVisitor.ShownText(form), StringComparison.Ordinal);
        Assert.Equal(2000, KioskVisitor.MaxLength(form, "comment"));

        await visitor.SubmitAsync(form, new JsonObject { ["category"] = "Cleanliness", ["comment"] = "洗手间没有纸巾。", ["contact"] = "true", ["contactName"] = "李雷" });
        var again = await visitor.LastCardAsync();
        var shown = KioskVisitor.ShownText(again);
        Assert.Contains("请选择 1（很差）到 5（非常好）之间的评分。", shown, StringComparison.Ordinal);
        Assert.Contains("请留下电话或邮箱以便联系您", shown, StringComparison.Ordinal);
        Assert.Equal("洗手间没有纸巾。", KioskVisitor.InputValue(again, "comment"));
        Assert.Equal("李雷", KioskVisitor.InputValue(again, "contactName"));
        Assert.Empty(await EntriesAsync());

        await visitor.SubmitAsync(again, new JsonObject
        {
            ["rating"] = "3",
            ["category"] = "Cleanliness",
            ["comment"] = "洗手间没有纸巾。",
            ["contact"] = "true",
            ["contactName"] = "李雷",
            ["contactDetails"] = "138 0000 0000"
        });
        Assert.Equal("感谢您的反馈！祝您愉快。", await visitor.LastTextAsync());
        var row = Assert.Single(await EntriesAsync());
        Assert.Equal((3, FeedbackCategory.Cleanliness, (int?)null, "李雷", "138 0000 0000"), (row.Rating, row.Category, row.VisitId, row.ContactName, row.ContactDetails));
    }

    [Fact]
    public async Task The_kiosk_posting_a_staff_cards_payload_records_nothing_and_a_forged_visit_ties_to_none()
    {
        var visitor = await _h.VisitorAsync();
        // Forged: the desk's Record button data from Teams, posted into the kiosk's conversation.
        using (var posted = await visitor.Client.PostAsync(new JsonObject
        {
            ["type"] = "message",
            ["locale"] = "en-US",
            ["value"] = new JsonObject
            {
                ["action"] = FeedbackActions.Record.Name,
                ["token"] = "t-1",
                ["channel"] = "InPerson",
                ["rating"] = "1",
                ["category"] = "Reception",
                ["contact"] = "false",
            },
        }))
        {
            Assert.Equal(System.Net.HttpStatusCode.OK, posted.StatusCode);
        }
        Assert.Empty(await EntriesAsync());
        Assert.Contains("What would you like to do?", KioskVisitor.ShownText(await visitor.LastCardAsync()), StringComparison.Ordinal);

        await visitor.TapAsync("feedback");
        // Forged: a visit token the kiosk never issued.
        await visitor.SubmitAsync(await visitor.LastCardAsync(), new JsonObject { ["rating"] = "4", ["category"] = "Other", ["visit"] = "CfDJ8-not-sealed-by-us" });
        var row = Assert.Single(await EntriesAsync());
        Assert.Equal((4, (int?)null, FeedbackSource.Kiosk), (row.Rating, row.VisitId, row.Source));
    }
}
