using System.Text.Json.Nodes;
using FrontDesk.Data.Visits;

namespace FrontDesk.Tests.Visits.Kiosk;

// Guessing invitation codes at the kiosk: a conversation stops taking codes after a few that did not work.
public sealed class CodeAttemptTests : IAsyncLifetime
{
    private readonly KioskHarness _h = new();

    public Task InitializeAsync() => Task.CompletedTask;

    public async Task DisposeAsync() => await _h.DisposeAsync();

    [Fact]
    public async Task After_five_wrong_codes_the_kiosk_takes_no_more_codes_and_sends_the_visitor_to_the_desk()
    {
        var host = await _h.HostInChatAsync();
        var invited = await _h.InviteAsync(host, "Zhang San");
        var guesser = await _h.VisitorAsync();
        await guesser.TapAsync("invitation");
        foreach (var guess in new[] { "AAA222", "AAA223", "AAA224", "AAA225", "AAA226" })
        {
            await guesser.SubmitAsync(await guesser.LastCardAsync(), new JsonObject { ["code"] = guess });
        }

        await guesser.SubmitAsync(await guesser.LastCardAsync(), new JsonObject { ["code"] = invited.Code });
        await guesser.SayAsync(invited.Code!);

        var card = await guesser.LastCardAsync();
        Assert.Contains("Too many codes did not work", KioskVisitor.RawText(card), StringComparison.Ordinal);
        Assert.False(KioskVisitor.HasButtons(card));
        Assert.Equal(VisitStatus.Expected, Assert.Single(await _h.VisitsAsync()).Status);
        var visitor = await _h.VisitorAsync("zh-CN");
        await visitor.SayAsync(invited.Code!);
        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await _h.VisitsAsync()).Status);
    }

    [Fact]
    public async Task The_same_mistyped_code_tried_again_counts_once()
    {
        var host = await _h.HostInChatAsync();
        var invited = await _h.InviteAsync(host, "Zhang San");
        var visitor = await _h.VisitorAsync("zh-CN");
        for (var i = 0; i < 8; i++)
        {
            await visitor.SayAsync(i % 2 == 0 ? "ABC-234" : "abc 234");
        }

        await visitor.SayAsync(invited.Code!);

        Assert.Equal(VisitStatus.CheckedIn, Assert.Single(await _h.VisitsAsync()).Status);
        Assert.DoesNotContain(await visitor.BotActivitiesAsync(), a => KioskVisitor.HasCard(a) && KioskVisitor.RawText(a).Contains("错误次数过多", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_locked_conversation_is_told_in_Chinese_too()
    {
        var visitor = await _h.VisitorAsync("zh-CN");
        foreach (var guess in new[] { "AAA222", "AAA223", "AAA224", "AAA225", "AAA226", "AAA227" })
        {
            await visitor.SayAsync(guess);
        }

        Assert.Contains("错误次数过多", KioskVisitor.RawText(await visitor.LastCardAsync()), StringComparison.Ordinal);
    }
}
