using System.Security.Cryptography;

namespace FrontDesk.Data.Visits;

// Short codes a visitor can read aloud or type: no 0/O, 1/I/L.
public static class InvitationCode
{
    public const string Alphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";
    public const int Length = 6;
    // What the invitation's QR code holds; the kiosk accepts it or the bare code.
    public const string QrPrefix = "FRONTDESK-VISIT:";

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    // Accepts "abc 123", "ABC-123" or the QR text; null when it cannot be a code.
    public static string? Normalize(string? typed)
    {
        var text = (typed ?? "").Trim();
        if (text.StartsWith(QrPrefix, StringComparison.OrdinalIgnoreCase))
        {
            text = text[QrPrefix.Length..];
        }
        var code = new string([.. text.Where(char.IsLetterOrDigit).Select(char.ToUpperInvariant)]);
        return code.Length == Length && code.All(c => Alphabet.Contains(c, StringComparison.Ordinal)) ? code : null;
    }
}
