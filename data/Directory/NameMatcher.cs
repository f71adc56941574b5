using System.Globalization;
using System.Text;

namespace FrontDesk.Data.Directory;

// Scores how well what someone typed matches a name: case, accents, spacing and word order do not
// matter ("wang wei" finds "Wei WANG"), a typo or two in a longer word is forgiven, and Chinese names
// match on their characters ("王" finds "王伟"). 0 = no match, 1 = exact.
public static class NameMatcher
{
    public static double Score(string query, string name)
    {
        var q = Normalize(query);
        var n = Normalize(name);
        // One Latin letter says nothing; one Chinese character is a surname.
        if (n.Length == 0 || q.Length == 0 || (q.Length < 2 && !HasCjk(q)))
        {
            return 0;
        }
        if (q == n)
        {
            return 1;
        }
        var qWords = q.Split(' ');
        var nWords = n.Split(' ');
        if (qWords.Order().SequenceEqual(nWords.Order()))
        {
            return 0.95;
        }
        if (Compact(n).Contains(Compact(q), StringComparison.Ordinal))
        {
            // A Chinese name, or the start of a word, or part of a long name.
            return nWords.Any(w => w.StartsWith(qWords[0], StringComparison.Ordinal)) || HasCjk(q) ? 0.85 : 0.6;
        }
        // Every typed word close to some word of the name.
        var total = 0.0;
        foreach (var word in qWords)
        {
            var best = nWords.Max(w => WordScore(word, w));
            if (best == 0)
            {
                return 0;
            }
            total += best;
        }
        return 0.8 * total / qWords.Length;
    }

    public static string Normalize(string text)
    {
        var decomposed = text.Normalize(NormalizationForm.FormKD);
        var sb = new StringBuilder(decomposed.Length);
        var space = false;
        foreach (var c in decomposed)
        {
            var category = CharUnicodeInfo.GetUnicodeCategory(c);
            if (category == UnicodeCategory.NonSpacingMark)
            {
                continue;
            }
            if (char.IsLetterOrDigit(c))
            {
                if (space && sb.Length > 0)
                {
                    sb.Append(' ');
                }
                sb.Append(char.ToLowerInvariant(c));
                space = false;
            }
            else
            {
                space = true;
            }
        }
        return sb.ToString();
    }

    private static double WordScore(string typed, string word)
    {
        if (word.StartsWith(typed, StringComparison.Ordinal))
        {
            return typed.Length >= 2 || word.Length == 1 ? 1 : 0.5;
        }
        var allowed = typed.Length >= 8 ? 2 : typed.Length >= 4 ? 1 : 0;
        if (allowed == 0)
        {
            return 0;
        }
        var distance = Distance(typed, word.Length > typed.Length + allowed ? word[..(typed.Length + allowed)] : word);
        return distance <= allowed ? 1 - (0.15 * distance) : 0;
    }

    // Edit distance with transpositions (optimal string alignment).
    private static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }
        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }
        return d[a.Length, b.Length];
    }

    private static string Compact(string normalized) => normalized.Replace(" ", "", StringComparison.Ordinal);

    private static bool HasCjk(string text) => text.Any(c => c is >= '\u4e00' and <= '\u9fff');
}
