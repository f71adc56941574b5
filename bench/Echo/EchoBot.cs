using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;

namespace FrontDesk.Bench.Echo;

// Says back what it was told, and keeps a turn count in conversation state (MemoryStorage), as the SDK's samples do.
public sealed class EchoBot(ConversationState state) : ActivityHandler
{
    private readonly IStatePropertyAccessor<int> _turns = state.CreateProperty<int>("turns");

    protected override async Task OnMessageActivityAsync(ITurnContext<IMessageActivity> turnContext, CancellationToken cancellationToken)
    {
        var turns = await _turns.GetAsync(turnContext, () => 0, cancellationToken);
        await _turns.SetAsync(turnContext, turns + 1, cancellationToken);
        await turnContext.SendActivityAsync(MessageFactory.Text("Echo: " + turnContext.Activity.Text), cancellationToken);
        await state.SaveChangesAsync(turnContext, false, cancellationToken);
    }
}
