using FrontDesk.Data.State;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Hosting.State;

// A turn whose state write met a newer write from another instance (or a concurrent turn) runs again on the state as
// it now is, so the user gets the answer the latest state gives, not an apology and not a lost update. Use it as an
// adapter's last middleware, so that only the bot's own handling repeats. The turn's database work is idempotent
// (the server is, for double taps); what the first try already sent stays sent.
public sealed class StaleStateRetry(ConversationState conversation, UserState user, ILogger<StaleStateRetry> logger) : Microsoft.Bot.Builder.IMiddleware
{
    private const int Tries = 3;

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                await next(cancellationToken);
                return;
            }
            catch (ETagConflictException e) when (attempt < Tries)
            {
                logger.LogInformation("State {Key} was written meanwhile by another turn; running the turn again ({Attempt})", e.Key, attempt + 1);
                await ReloadAsync(conversation, turnContext, cancellationToken);
                await ReloadAsync(user, turnContext, cancellationToken);
            }
        }
    }

    // Only a state this turn has read is read again (BotState caches it in the turn under its type's name): the
    // others are read fresh when asked for.
    private static async Task ReloadAsync(BotState state, ITurnContext turn, CancellationToken ct)
    {
        if (turn.TurnState.ContainsKey(state.GetType().Name))
        {
            await state.LoadAsync(turn, force: true, ct);
        }
    }
}
