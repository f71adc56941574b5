using System.Globalization;
using FrontDesk.Bot.Hosting;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Tests.Hosting;

public class TurnCultureTests
{
    // A turn runs in its activity's culture, and that culture is .NET's cached one, whose formats are built once:
    // the SDK's own is a new CultureInfo every turn.
    [Theory]
    [InlineData("zh-CN")]
    [InlineData("en-US")]
    public async Task A_turn_runs_in_the_cached_culture_of_its_locale(string locale)
    {
        var withMiddleware = await CultureInTurnAsync(locale, new TurnCulture());
        var sdkOnly = await CultureInTurnAsync(locale);

        Assert.Equal(locale, withMiddleware.Name);
        Assert.Same(CultureInfo.GetCultureInfo(locale), withMiddleware);
        Assert.Equal(locale, sdkOnly.Name);
        Assert.NotSame(CultureInfo.GetCultureInfo(locale), sdkOnly);
    }

    [Fact]
    public async Task The_culture_is_given_back_when_the_turn_ends()
    {
        var before = CultureInfo.CurrentCulture;

        await CultureInTurnAsync("zh-CN", new TurnCulture());

        Assert.Same(before, CultureInfo.CurrentCulture);
    }

    private static async Task<CultureInfo> CultureInTurnAsync(string locale, params Microsoft.Bot.Builder.IMiddleware[] middleware)
    {
        var adapter = new BareAdapter();
        foreach (var m in middleware)
        {
            adapter.Use(m);
        }
        CultureInfo? seen = null;
        var activity = new Activity(ActivityTypes.Message) { Locale = locale, Text = "hi", ChannelId = "test", Conversation = new ConversationAccount(id: "c") };
        using var turn = new TurnContext(adapter, activity);
        await adapter.RunAsync(turn, (_, _) =>
        {
            seen = CultureInfo.CurrentCulture;
            return Task.CompletedTask;
        });
        return seen!;
    }

    private sealed class BareAdapter : BotAdapter
    {
        public Task RunAsync(ITurnContext turn, BotCallbackHandler bot) => RunPipelineAsync(turn, bot, CancellationToken.None);

        public override Task<ResourceResponse[]> SendActivitiesAsync(ITurnContext turnContext, Activity[] activities, CancellationToken cancellationToken) =>
            Task.FromResult(Array.Empty<ResourceResponse>());

        public override Task<ResourceResponse> UpdateActivityAsync(ITurnContext turnContext, Activity activity, CancellationToken cancellationToken) =>
            throw new NotSupportedException();

        public override Task DeleteActivityAsync(ITurnContext turnContext, ConversationReference reference, CancellationToken cancellationToken) =>
            throw new NotSupportedException();
    }
}
