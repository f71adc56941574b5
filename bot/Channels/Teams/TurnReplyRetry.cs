using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data;
using FrontDesk.Data.Notifications;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Schema;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Channels.Teams;

// A reply in a user's turn that Teams refuses with 429 or 5xx is tried again while the turn's budget lasts
// (after Retry-After, capped), and otherwise handed to the outbox, which delivers it later: it is not lost,
// and the user does not get "something went wrong" for a reply that will still come.
public sealed class TurnReplyRetry(
    IDbContextFactory<FrontDeskDb> dbs,
    Outbox outbox,
    IOptions<NotificationsOptions> options,
    TimeProvider clock,
    ILogger<TurnReplyRetry> logger) : Microsoft.Bot.Builder.IMiddleware
{
    public const string Kind = "turn.reply";

    // Waits before the second and third try of a 5xx: at once, then after a second.
    private static readonly TimeSpan[] FailedWaits = [TimeSpan.Zero, TimeSpan.FromSeconds(1)];

    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(turnContext);
        ArgumentNullException.ThrowIfNull(next);
        // The outbox's own sends (continued conversations) have their own retries.
        if (turnContext.Activity.Name != ActivityEventNames.ContinueConversation)
        {
            var deadline = clock.GetUtcNow() + TimeSpan.FromSeconds(options.Value.TurnReplyRetrySeconds);
            var handedOver = 0;
            turnContext.OnSendActivities(async (turn, activities, send) =>
            {
                if (activities.Count != 1 || activities[0].Type != ActivityTypes.Message)
                {
                    return await send();
                }
                return await SendOrHandOverAsync(turn, activities[0], send, deadline, () => ++handedOver, cancellationToken);
            });
        }
        await next(cancellationToken);
    }

    private async Task<ResourceResponse[]> SendOrHandOverAsync(ITurnContext turn, Activity activity, Func<Task<ResourceResponse[]>> send,
        DateTimeOffset deadline, Func<int> nextHandover, CancellationToken ct)
    {
        for (var tries = 0; ; tries++)
        {
            DeliveryResult refused;
            try
            {
                return await send();
            }
            catch (Exception e) when (e is not OperationCanceledException &&
                                      ChannelErrors.Classify(e, turn.Activity.Conversation?.Id ?? "", clock, TimeSpan.FromSeconds(1)) is
                                          (DeliveryResult.Throttled or DeliveryResult.Failed) and var result)
            {
                refused = result;
            }
            var wait = refused switch
            {
                DeliveryResult.Throttled t => t.RetryAfter < options.Value.MaxRetryAfter ? t.RetryAfter : options.Value.MaxRetryAfter,
                _ => tries < FailedWaits.Length ? FailedWaits[tries] : TimeSpan.MaxValue,
            };
            if (wait == TimeSpan.MaxValue || clock.GetUtcNow() + wait > deadline)
            {
                await HandOverAsync(turn, activity, nextHandover(), refused, ct);
                // No id yet: the outbox posts it later. Callers treat a missing id as "cannot update this one".
                return [new ResourceResponse()];
            }
            logger.LogInformation("A reply in conversation {Conversation} was refused ({Result}); trying again in {Wait}",
                turn.Activity.Conversation?.Id, refused, wait);
            await Task.Delay(wait, clock, ct);
        }
    }

    private async Task HandOverAsync(ITurnContext turn, Activity activity, int index, DeliveryResult refused, CancellationToken ct)
    {
        var conversationId = turn.Activity.Conversation.Id;
        var key = string.Create(CultureInfo.InvariantCulture, $"{Kind}:{TurnKey(conversationId, turn.Activity.Id)}:{index}");
        logger.LogWarning("A reply in conversation {Conversation} was refused ({Result}) past the turn's budget; the outbox will deliver it ({Key})",
            conversationId, refused, key);
        await using var db = await dbs.CreateDbContextAsync(ct);
        await outbox.EnqueueAsync(db, [new NotificationRequest(key, new NotificationTarget(turn.Activity.ChannelId, conversationId, null),
            NotificationActivity.Json(activity), Kind, RelatedTo: null)], ct);
        await db.SaveChangesAsync(ct);
    }

    // Conversation ids are long; the key only has to be the same for the same turn.
    private static string TurnKey(string conversationId, string? activityId) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes($"{conversationId}\n{activityId}")))[..24];
}
