using FrontDesk.Bot.Hosting.Schedules;
using FrontDesk.Data.Mail;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Mail;

// Runs the mail round (batched notices, 24-hour escalation) every RoundSeconds of real time, on one instance at a time; the round
// itself reads the app's TimeProvider, so tests move a fake clock and call MailRounds.RunOnceAsync.
public sealed class MailRoundsWorker(MailRounds rounds, ExclusiveRounds exclusive, IOptions<MailOptions> options, ILogger<MailRoundsWorker> logger) : BackgroundService
{
    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await exclusive.RepeatAsync("rounds.mail", "mail", TimeSpan.FromSeconds(options.Value.RoundSeconds), async held =>
        {
            var result = await rounds.RunOnceAsync(held);
            if (result.Batches + result.Escalated > 0)
            {
                logger.LogInformation("Mail round: {Batches} notices for {Items} items, {Escalated} escalated", result.Batches, result.ItemsNotified, result.Escalated);
            }
        }, logger, stoppingToken);
    }
}
