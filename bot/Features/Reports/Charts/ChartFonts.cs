using SkiaSharp;

namespace FrontDesk.Bot.Features.Reports.Charts;

// Picks one installed font that draws every label of a chart, so Chinese labels never come out as boxes.
public sealed class ChartFonts(ILogger<ChartFonts> logger)
{
    // Latin-only charts get a plain sans font. For Chinese, WenQuanYi Micro Hei comes first: ScottPlot places text
    // by the font's glyph box, and Noto Sans CJK's very tall one lifts every label a few pixels (still legible).
    private static readonly string[] Preferred =
    [
        "DejaVu Sans", "Liberation Sans", "Noto Sans", "WenQuanYi Micro Hei", "Noto Sans CJK SC", "Noto Sans SC",
        "Source Han Sans SC", "Noto Sans CJK", "WenQuanYi Zen Hei", "Droid Sans Fallback",
    ];

    private readonly Lazy<IReadOnlyList<SKTypeface>> installed = new(LoadInstalled);

    private int warned;

    public string FamilyFor(IEnumerable<string> labels)
    {
        var text = string.Concat(labels.SelectMany(l => l).Where(c => !char.IsWhiteSpace(c) && !char.IsControl(c)));
        if (installed.Value.FirstOrDefault(t => t.ContainsGlyphs(text)) is { } preferred)
        {
            return preferred.FamilyName;
        }
        if (text.Length == 0)
        {
            return SKTypeface.Default.FamilyName;
        }
        // Any other installed font that has them (Skia's own fallback for the first character no preferred font has).
        var missing = char.ConvertToUtf32(text, FirstMissing(text));
        var match = SKFontManager.Default.MatchCharacter(missing);
        if (match is not null && match.ContainsGlyphs(text))
        {
            return match.FamilyName;
        }
        if (Interlocked.Exchange(ref warned, 1) == 0)
        {
            logger.LogWarning("No installed font draws every character of a chart's labels (U+{Code:X4} is missing), so charts show boxes for them. Install fonts-wqy-microhei or fonts-noto-cjk on the server.", missing);
        }
        return installed.Value.FirstOrDefault()?.FamilyName ?? SKTypeface.Default.FamilyName;
    }

    private int FirstMissing(string text)
    {
        var first = installed.Value.FirstOrDefault() ?? SKTypeface.Default;
        for (var i = 0; i < text.Length; i += char.IsSurrogatePair(text, i) ? 2 : 1)
        {
            if (!first.ContainsGlyph(char.ConvertToUtf32(text, i)))
            {
                return i;
            }
        }
        return 0;
    }

    private static IReadOnlyList<SKTypeface> LoadInstalled()
    {
        var families = SKFontManager.Default.FontFamilies.ToHashSet(StringComparer.OrdinalIgnoreCase);
        return [.. Preferred.Where(families.Contains).Select(f => SKTypeface.FromFamilyName(f)).Where(t => t is not null)];
    }
}
