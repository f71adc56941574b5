using System.Net.Mail;

namespace FrontDesk.Data.Directory;

// The one rule for an email address anywhere in the bot (staff form, invitations, directory import).
public static class EmailAddress
{
    public const int MaxLength = 254;

    // One address, nothing around it, and a domain with a dot: "ada@example.com", not "Ada <ada@x.com>" or "ada@x".
    public static bool IsValid(string email) =>
        email.Length is > 0 and <= MaxLength
        && MailAddress.TryCreate(email, out var address)
        && address.Address.Equals(email, StringComparison.OrdinalIgnoreCase)
        && email.IndexOfAny([' ', ',', ';', '<', '>']) < 0
        && address.Host.Contains('.', StringComparison.Ordinal)
        && !address.Host.EndsWith('.');
}
