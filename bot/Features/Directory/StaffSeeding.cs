using FrontDesk.Data.Directory;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Directory;

// Puts the staff and managers named in configuration into the staff list at start-up, so the first
// manager can talk to the bot before anyone has added them in chat.
public sealed class StaffSeeding(People people, IOptions<StaffSeedOptions> options, ILogger<StaffSeeding> logger) : IHostedService
{
    public async Task StartAsync(CancellationToken cancellationToken)
    {
        foreach (var seed in options.Value.Staff)
        {
            var change = await people.SaveStaffAsync(seed.Name, seed.Email, seed.ParsedRole, "configuration", cancellationToken);
            if (change != StaffChange.Unchanged)
            {
                logger.LogInformation("Staff from configuration: {Email} {Change} as {Role}", seed.Email, change, seed.ParsedRole);
            }
        }
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
