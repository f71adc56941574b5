namespace FrontDesk.Cards.Common;

// What a user typed into a card form, and what the server found wrong with it. A form card is built
// from this so an invalid submit comes back with every value kept and each error beside its field.
public sealed class FormValues
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> _errors = new(StringComparer.Ordinal);

    public static FormValues Empty => new();

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
