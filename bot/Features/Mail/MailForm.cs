using FrontDesk.Cards.Common;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Mail;

internal static class MailForm
{
    // Card inputs arrive as strings (Teams) or numbers/booleans (some clients); all become trimmed text.
    public static FormValues Read(JObject data, IEnumerable<string> fields)
    {
        var form = new FormValues();
        foreach (var field in fields)
        {
            var token = data[field];
            form[field] = token is JValue { Value: not null } value ? Convert.ToString(value.Value, System.Globalization.CultureInfo.InvariantCulture)!.Trim() : "";
        }
        return form;
    }

    public static string? Value(JObject data, string field) => data[field] is JValue { Value: not null } v ? Convert.ToString(v.Value, System.Globalization.CultureInfo.InvariantCulture)?.Trim() : null;
}
