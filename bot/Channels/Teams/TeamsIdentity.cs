using FrontDesk.Data.Directory;
using Microsoft.Bot.Builder;
using Microsoft.Bot.Builder.Teams;

namespace FrontDesk.Bot.Channels.Teams;

// Finds who a Teams user is: by their directory object id when already linked, otherwise by the email
// Teams reports for them, which links the account on first contact.
public sealed class TeamsIdentity(People people, ILogger<TeamsIdentity> logger)
{
    public sealed record Resolution(Person Person, bool JustLinked);

    public async Task<Resolution> ResolveAsync(ITurnContext turnContext, CancellationToken ct)
    {
        var from = turnContext.Activity.From;
        var name = from?.Name ?? "";
        var aadObjectId = from?.AadObjectId;
        if (string.IsNullOrEmpty(aadObjectId))
        {
            return new(Unlinked(name, null), false);
        }
        var known = await people.FindByAadObjectIdAsync(aadObjectId, ct);
        if (known is not null)
        {
            return new(known, false);
        }
        var email = await LookUpEmailAsync(turnContext, from!.Id, ct);
        if (email is null)
        {
            return new(Unlinked(name, null), false);
        }
        var linked = await people.LinkByEmailAsync(aadObjectId, email, ct);
        if (linked is not null)
        {
            logger.LogInformation("Linked Teams user {AadObjectId} to {Email} as {Role}", aadObjectId, email, linked.Role);
            return new(linked, true);
        }
        return new(Unlinked(name, email), false);
    }

    private async Task<string?> LookUpEmailAsync(ITurnContext turnContext, string userId, CancellationToken ct)
    {
        try
        {
            var member = await TeamsInfo.GetMemberAsync(turnContext, userId, ct);
            var email = member.Email ?? member.UserPrincipalName;
            return string.IsNullOrWhiteSpace(email) || !email.Contains('@', StringComparison.Ordinal) ? null : email;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Not a Teams conversation, or Teams would not tell: the user stays unlinked this turn.
            logger.LogWarning(e, "Could not look up Teams member {UserId}", userId);
            return null;
        }
    }

    private static Person Unlinked(string name, string? email) => new(Role.Unlinked, name, email, null, null, null, null);
}
