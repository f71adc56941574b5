using System.Security.Cryptography;
using System.Text;

namespace FrontDesk.Data.Mail;

// Short codes a person reads out at the desk: six characters with no 0/O or 1/I to confuse.
public static class PickupCode
{
    public const string Alphabet = "23456789ABCDEFGHJKLMNPQRSTUVWXYZ";
    public const int Length = 6;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    // What someone typed, as the code it means: case, spaces and dashes do not matter.
    public static string Normalize(string? typed) =>
        new([.. (typed ?? "").ToUpperInvariant().Where(c => !char.IsWhiteSpace(c) && c != '-')]);

    public static string Hash(string code) =>
        Convert.ToHexString(SHA256.HashData(Encoding.UTF8.GetBytes("frontdesk-pickup:" + Normalize(code))));
}
