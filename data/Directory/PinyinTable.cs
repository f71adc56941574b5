using System.Collections.Frozen;
using System.Text;

namespace FrontDesk.Data.Directory;

// The toneless Mandarin readings of each CJK character (pinyin.txt, generated from Unicode's Unihan
// database by scripts/make-pinyin-table.py), read from the assembly once, on first use.
internal static class PinyinTable
{
    private static readonly Lazy<FrozenDictionary<int, string[]>> Table = new(Load);

    // Null for a character without a reading (Latin letters, punctuation, a character Unihan has none for).
    public static string[]? Readings(Rune character) =>
        Table.Value.TryGetValue(character.Value, out var readings) ? readings : null;

    private static FrozenDictionary<int, string[]> Load()
    {
        using var stream = typeof(PinyinTable).Assembly.GetManifestResourceStream("pinyin.txt")
                           ?? throw new InvalidOperationException("The pinyin table is not in the assembly.");
        using var reader = new StreamReader(stream, Encoding.UTF8);
        var table = new Dictionary<int, string[]>();
        while (reader.ReadLine() is { } line)
        {
            if (line.Length == 0 || line[0] == '#')
            {
                continue;
            }
            var tab = line.IndexOf('\t', StringComparison.Ordinal);
            // One array per line: the characters with the same readings share it. An English keyboard has no
            // ü, so lv (吕) may be typed lu too.
            var written = line[..tab].Split(' ');
            string[] readings = [.. written.Concat(written.Select(r => r.Replace('v', 'u'))).Distinct()];
            foreach (var character in line[(tab + 1)..].EnumerateRunes())
            {
                table[character.Value] = readings;
            }
        }
        return table.ToFrozenDictionary();
    }
}
