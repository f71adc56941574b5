using System.Collections.Frozen;
using System.Globalization;
using System.Reflection;
using System.Text.Json;

namespace FrontDesk.Cards.Localization;

// Every user-facing string, in English and Simplified Chinese. Strings live in Strings/<area>.<lang>.json
// (embedded); each area file exists in both languages and a test keeps their keys in step.
public sealed class Catalog
{
    public const string English = "en";
    public const string Chinese = "zh-Hans";
    public static readonly IReadOnlyList<string> Languages = [English, Chinese];

    private readonly FrozenDictionary<string, FrozenDictionary<string, string>> _byLanguage;

    public Catalog(string fallbackLanguage = English)
    {
        Fallback = Normalize(fallbackLanguage, English);
        _byLanguage = Load().ToFrozenDictionary();
    }

    public string Fallback { get; }

    public static Catalog Default { get; } = new();

    // "zh", "zh-CN", "zh-Hans-CN", "zh-SG" → zh-Hans; "en-US" → en; anything else → the fallback.
    public static string Normalize(string? locale, string fallback)
    {
        if (string.IsNullOrWhiteSpace(locale))
        {
            return fallback;
        }
        var l = locale.Trim().ToLowerInvariant();
        if (l.StartsWith("zh", StringComparison.Ordinal))
        {
            return Chinese;
        }
        return l.StartsWith("en", StringComparison.Ordinal) ? English : fallback;
    }

    public Texts For(string? locale) => new(this, Normalize(locale, Fallback));

    public IReadOnlyDictionary<string, string> Entries(string language) => _byLanguage[language];

    public string Get(string language, string key)
    {
        if (_byLanguage.TryGetValue(language, out var strings) && strings.TryGetValue(key, out var text))
        {
            return text;
        }
        if (_byLanguage[English].TryGetValue(key, out var english))
        {
            return english;
        }
        throw new KeyNotFoundException($"No string '{key}' in the catalog.");
    }

    private static Dictionary<string, FrozenDictionary<string, string>> Load()
    {
        var assembly = typeof(Catalog).Assembly;
        var result = new Dictionary<string, FrozenDictionary<string, string>>();
        foreach (var language in Languages)
        {
            var strings = new Dictionary<string, string>(StringComparer.Ordinal);
            foreach (var name in assembly.GetManifestResourceNames()
                         .Where(n => n.StartsWith("strings/", StringComparison.Ordinal) &&
                                     n.EndsWith($".{language}.json", StringComparison.Ordinal)))
            {
                foreach (var (key, value) in Read(assembly, name))
                {
                    if (!strings.TryAdd(key, value))
                    {
                        throw new InvalidOperationException($"String '{key}' is defined twice ({name}).");
                    }
                }
            }
            result[language] = strings.ToFrozenDictionary(StringComparer.Ordinal);
        }
        return result;
    }

    private static Dictionary<string, string> Read(Assembly assembly, string resource)
    {
        using var stream = assembly.GetManifestResourceStream(resource)
                           ?? throw new InvalidOperationException($"Missing resource {resource}.");
        return JsonSerializer.Deserialize<Dictionary<string, string>>(stream)
               ?? throw new InvalidOperationException($"Empty string file {resource}.");
    }
}

// The strings of one language: t["help.title"], t.Format("mail.count", 3).
public readonly record struct Texts(Catalog Catalog, string Language)
{
    public string this[string key] => Catalog.Get(Language, key);

    public string Format(string key, params object?[] args) =>
        string.Format(Culture, Catalog.Get(Language, key), args);

    public CultureInfo Culture => CultureInfo.GetCultureInfo(Language == Catalog.Chinese ? "zh-Hans" : "en");

    public bool IsChinese => Language == Catalog.Chinese;
}
