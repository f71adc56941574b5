using System.Globalization;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Cards.Common;

// What a user typed into a card form, and what the server found wrong with it. A form card is built
// from this so an invalid submit comes back with every value kept and each error beside its field.
public sealed class FormValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public static FormValues Empty => new();

    // The one way a submitted card is read: card inputs arrive as strings (Teams, Web Chat) or numbers and
    // booleans (some clients); all become trimmed text, and anything else (objects, arrays) counts as empty.
    public static FormValues Read(JObject data, IEnumerable<string> fields)
    {
        var form = new FormValues();
        foreach (var field in fields)
        {
            form[field] = Text(data, field) ?? "";
        }
        return form;
    }

    public static string? Text(JObject data, string field) =>
        data[field] is JValue { Value: not null } value ? Convert.ToString(value.Value, CultureInfo.InvariantCulture)?.Trim() : null;

    public string this[string field]
    {
        get => _values.TryGetValue(field, out var v) ? v : "";
        set => _values[field] = value;
    }

    public IReadOnlyDictionary<string, string> Errors => _errors;

    public bool IsValid => _errors.Count == 0;

    public string? ErrorFor(string field) => _errors.TryGetValue(field, out var e) ? e : null;

    public void AddError(string field, string message) => _errors.TryAdd(field, message);
}
