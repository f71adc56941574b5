namespace FrontDesk.Data.Visits;

// What a visitor or host types, checked on the server. Problems are field → code; the bot words them.
public static class VisitRules
{
    public const int NameLength = 100;
    public const int PurposeLength = 200;
    public const int PhoneLength = 40;
    public const int MaxGuests = 20;

    public const string Required = "required";
    public const string TooLong = "tooLong";
    public const string BadEmail = "badEmail";
    public const string OutOfRange = "outOfRange";
    // A time window that is already over.
    public const string Past = "past";

    // The longest text a field may hold: the purpose (and a watchlist reason) is a sentence, a phone number is short.
    public static int MaxLength(string field) => field switch
    {
        "purpose" or "reason" => PurposeLength,
        "phone" => PhoneLength,
        _ => NameLength,
    };

    public static string Clean(string? text) =>
        string.Join(' ', (text ?? "").Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries)).Trim();

    public static void Text(Dictionary<string, string> problems, string field, string value, int max, bool required)
    {
        if (required && value.Length == 0)
        {
            problems.TryAdd(field, Required);
        }
        else if (value.Length > max)
        {
            problems.TryAdd(field, TooLong);
        }
    }
}
