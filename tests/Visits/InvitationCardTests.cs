using System.Buffers.Binary;
using FrontDesk.Tests.Harness;
using FrontDesk.Tests.Notifications;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Visits;

// What the member gets when the invitation is made: a text to copy that is plain, a QR code a phone can
// scan off the screen; and the help card that tells them how to find their invitations again.
public class InvitationCardTests
{
    private static readonly Dictionary<string, string> Typed = new()
    {
        ["name"] = "Zhang San",
        ["date"] = "2026-11-30",
        ["from"] = "10:00",
        ["until"] = "11:00",
        ["purpose"] = "Contract review",
    };

    private static IEnumerable<JObject> Elements(RecordedCall call) => call.Card!.Descendants().OfType<JObject>();

    [Fact]
    public async Task The_text_to_forward_copies_as_plain_text_and_never_renders_as_a_link()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync("Alice", "[Contoso](http://evil.example)*Ltd*");
        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));

        var created = Assert.Single(await h.Teams.PressAsync(alice, form, "Send invitation", Typed));

        var code = (await h.Teams.WithDbAsync(db => db.Visits.SingleAsync())).Code;
        var forward = Assert.Single(Elements(created), e => (string?)e["type"] == "Input.Text" && (string?)e["id"] == "forwardText");
        Assert.Equal(
            $"You are invited to [Contoso](http://evil.example)*Ltd* at FrontDesk Tower on Mon 30 Nov, 10:00–11:00. At the lobby kiosk, tap \"I have an invitation code\" and enter {code}, or show the QR code.",
            (string?)forward["value"]);
        Assert.True((bool?)forward["isMultiline"]);
        Assert.Equal("Forward this to your visitor:", (string?)forward["label"]);
        // Nothing markdown renders holds the company's link.
        Assert.DoesNotContain(Elements(created), e => (string?)e["type"] is "TextBlock" or "Fact" && ((string?)e["text"] ?? (string?)e["value"] ?? "").Contains("](http", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_QR_code_is_shown_large_enough_to_scan_and_within_Teams_image_limits()
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();
        var form = Assert.Single(await h.Teams.SayAsync(alice, "invite"));

        var created = Assert.Single(await h.Teams.PressAsync(alice, form, "Send invitation", Typed));

        var image = Assert.Single(Elements(created), e => (string?)e["type"] == "Image");
        Assert.Equal("240px", (string?)image["width"]);
        var png = Convert.FromBase64String(((string)image["url"]!)["data:image/png;base64,".Length..]);
        var (width, height) = (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)));
        Assert.Equal(width, height);
        Assert.InRange(width, 240, 1024);
    }

    [Theory]
    [InlineData("help", "en-US", "my invitations")]
    [InlineData("帮助", "zh-CN", "我的邀请")]
    public async Task The_members_help_card_says_how_to_see_their_invitations(string typed, string locale, string command)
    {
        await using var h = new OutboxHarness();
        var alice = await h.TenantInChatAsync();

        var help = Assert.Single(await h.Teams.SayAsync(alice, typed, locale));

        Assert.Contains(command, help.CardText, StringComparison.Ordinal);
        var list = Assert.Single(await h.Teams.SayAsync(alice, command, locale));
        Assert.Contains(locale == "en-US" ? "You have no upcoming invitations." : "您没有即将到来的邀请", list.CardText, StringComparison.Ordinal);
    }
}
