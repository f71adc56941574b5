using System.Text;

namespace FrontDesk.Data.Directory;

// Scores pinyin typed on an English keyboard against a name written in Chinese characters: the full
// readings, spaced or joined and in either name order ("zhang wei", "zhangwei", "wei zhang" find 张伟), some
// syllables in a row ("zhang", "zhangw" while typing), or the initials ("zw"). Tones and case do not matter;
// a character with several readings (曾 ceng/zeng) matches by any. 0 = no match.
public static class PinyinMatcher
{
    // As sure as a name typed in another word order: exact, so the one clear-match rule applies to it too
    // (张伟 alone is found; 张伟 and 章伟, both zhang wei, are offered as a choice).
    public const double Full = DirectoryMatch.Exact;

    public const double Part = 0.75;

    // Many names share their initials, so these rank below any better match and are never exact.
    public const double Initials = 0.6;

    // Rotating longer names (a company's) would only find nonsense.
    private const int MaxRotated = 4;

    public static double Score(string query, string name)
    {
        var typed = NameMatcher.Normalize(query).Replace(" ", "", StringComparison.Ordinal);
        if (typed.Length < 2 || !typed.All(char.IsAsciiLetterLower) || Syllables(name) is not { } syllables)
        {
            return 0;
        }
        if (Spells(typed, 0, syllables, 0) || Rotations(syllables).Any(r => Spells(typed, 0, r, 0)))
        {
            return Full;
        }
        if (Enumerable.Range(0, syllables.Count).Any(start => Run(typed, 0, syllables, start, 0)))
        {
            return Part;
        }
        return syllables.Count >= 2 && InitialsOf(typed, 0, syllables, 0) ? Initials : 0;
    }

    // Each character's readings; a Latin word between characters ("David 王") is a syllable of its own.
    // Null when the name has no character with a reading: then this matcher has nothing to add.
    private static List<string[]>? Syllables(string name)
    {
        var syllables = new List<string[]>();
        var latin = new StringBuilder();
        var chinese = false;
        foreach (var rune in name.Normalize(NormalizationForm.FormKC).EnumerateRunes())
        {
            if (PinyinTable.Readings(rune) is { } readings)
            {
                AddWords(latin, syllables);
                syllables.Add(readings);
                chinese = true;
            }
            else
            {
                latin.Append(rune.ToString());
            }
        }
        AddWords(latin, syllables);
        return chinese ? syllables : null;
    }

    private static void AddWords(StringBuilder latin, List<string[]> syllables)
    {
        syllables.AddRange(NameMatcher.Normalize(latin.ToString()).Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(w => new[] { w }));
        latin.Clear();
    }

    // The given name first, as many Chinese write their name in English ("Wei Zhang"; "Jianguo Ouyang").
    private static IEnumerable<List<string[]>> Rotations(List<string[]> syllables) =>
        syllables.Count > MaxRotated ? [] : Enumerable.Range(1, syllables.Count - 1).Select(k => syllables[k..].Concat(syllables[..k]).ToList());

    // typed[at..] is exactly one reading of each syllable from `next` to the end.
    private static bool Spells(string typed, int at, List<string[]> syllables, int next)
    {
        if (next == syllables.Count)
        {
            return at == typed.Length;
        }
        foreach (var reading in syllables[next])
        {
            if (typed.AsSpan(at).StartsWith(reading, StringComparison.Ordinal) && Spells(typed, at + reading.Length, syllables, next + 1))
            {
                return true;
            }
        }
        return false;
    }

    // typed[at..] is whole readings of syllables in a row from `next`, at least one, the last perhaps only begun.
    private static bool Run(string typed, int at, List<string[]> syllables, int next, int whole)
    {
        if (at == typed.Length)
        {
            return whole > 0;
        }
        if (next == syllables.Count)
        {
            return false;
        }
        var rest = typed.AsSpan(at);
        foreach (var reading in syllables[next])
        {
            if (rest.StartsWith(reading, StringComparison.Ordinal) && Run(typed, at + reading.Length, syllables, next + 1, whole + 1))
            {
                return true;
            }
            if (whole > 0 && reading.AsSpan().StartsWith(rest, StringComparison.Ordinal))
            {
                return true;
            }
        }
        return false;
    }

    // typed[at..] is the first letter of a reading of every syllable from `next` on (zh, ch and sh may be typed whole).
    private static bool InitialsOf(string typed, int at, List<string[]> syllables, int next)
    {
        if (next == syllables.Count)
        {
            return at == typed.Length;
        }
        if (at == typed.Length)
        {
            return false;
        }
        foreach (var reading in syllables[next])
        {
            if (typed[at] == reading[0] && InitialsOf(typed, at + 1, syllables, next + 1))
            {
                return true;
            }
            if (reading.Length > 2 && reading[1] == 'h' && (reading[0] is 'z' or 'c' or 's') &&
                typed.AsSpan(at).StartsWith(reading.AsSpan(0, 2), StringComparison.Ordinal) && InitialsOf(typed, at + 2, syllables, next + 1))
            {
                return true;
            }
        }
        return false;
    }
}
