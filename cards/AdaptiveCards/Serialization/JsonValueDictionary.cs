using System.Collections;
using System.Diagnostics.CodeAnalysis;
using Newtonsoft.Json.Linq;

namespace AdaptiveCards;

// AdditionalProperties' store. Objects are turned into JSON when added: the SDK's ReadOnlyJsonContractResolver
// would write an anonymous object (new { width = "Full" }) as {}. Later changes to the added object are not seen.
internal sealed class JsonValueDictionary : IDictionary<string, object?>
{
    private readonly Dictionary<string, object?> _values = new(StringComparer.Ordinal);

    public ICollection<string> Keys => _values.Keys;

    public ICollection<object?> Values => _values.Values;

    public int Count => _values.Count;

    public bool IsReadOnly => false;

    public object? this[string key]
    {
        get => _values[key];
        set => _values[key] = AsJson(value);
    }

    public void Add(string key, object? value) => _values.Add(key, AsJson(value));

    public void Add(KeyValuePair<string, object?> item) => Add(item.Key, item.Value);

    public bool ContainsKey(string key) => _values.ContainsKey(key);

    public bool Contains(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_values).Contains(item);

    public bool Remove(string key) => _values.Remove(key);

    public bool Remove(KeyValuePair<string, object?> item) => ((ICollection<KeyValuePair<string, object?>>)_values).Remove(item);

    public bool TryGetValue(string key, [MaybeNullWhen(false)] out object? value) => _values.TryGetValue(key, out value);

    public void Clear() => _values.Clear();

    public void CopyTo(KeyValuePair<string, object?>[] array, int arrayIndex) =>
        ((ICollection<KeyValuePair<string, object?>>)_values).CopyTo(array, arrayIndex);

    public IEnumerator<KeyValuePair<string, object?>> GetEnumerator() => _values.GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    private static object? AsJson(object? value) =>
        value is null or JToken or string || value.GetType().IsPrimitive ? value : JToken.FromObject(value);
}
