using FrontDesk.Bot.Features.Reports.Charts;
using Microsoft.Extensions.Logging;
using SkiaSharp;

namespace FrontDesk.Tests.Reports.Charts;

public class ChartFontsTests
{
    private sealed class Warnings : ILogger<ChartFonts>
    {
        public List<string> Logged { get; } = [];

        public IDisposable? BeginScope<TState>(TState state) where TState : notnull => null;

        public bool IsEnabled(LogLevel logLevel) => true;

        public void Log<TState>(LogLevel logLevel, EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
        {
            if (logLevel >= LogLevel.Warning)
            {
                Logged.Add(formatter(state, exception));
            }
        }
    }

    private static bool Draws(string family, string text)
    {
        // Not disposed: SkiaSharp shares one object per font with the charts.
        var typeface = SKTypeface.FromFamilyName(family);
        return typeface.FamilyName == family && typeface.ContainsGlyphs(text);
    }

    [Fact]
    public void English_labels_get_an_installed_font_that_draws_them()
    {
        var fonts = new ChartFonts(new Warnings());

        var family = fonts.FamilyFor(["Desk traffic", "Mon", "09:00"]);

        Assert.True(Draws(family, "DesktraficMon09:"), family);
    }

    // The test command installs Chinese fonts (fonts-wqy-microhei, fonts-noto-cjk), as a server must.
    [Fact]
    public void Chinese_labels_get_a_font_that_has_every_character_of_every_label()
    {
        var warnings = new Warnings();
        var fonts = new ChartFonts(warnings);

        var family = fonts.FamilyFor(["访客流量（按小时）", "周一", "09:00", "Mon"]);

        Assert.True(Draws(family, "访客流量（按小时）周一09:00Mon"), family);
        Assert.Empty(warnings.Logged);
    }

    [Fact]
    public void Characters_no_installed_font_has_are_logged_once_and_a_font_is_still_chosen()
    {
        var warnings = new Warnings();
        var fonts = new ChartFonts(warnings);

        // A private-use character of plane 16: no font the server has draws it.
        var first = fonts.FamilyFor(["Traffic \U0010FFFD"]);
        var second = fonts.FamilyFor(["\U0010FFFD again"]);

        Assert.False(string.IsNullOrEmpty(first));
        Assert.Equal(first, second);
        var warning = Assert.Single(warnings.Logged);
        Assert.Contains("U+10FFFD", warning, StringComparison.Ordinal);
        Assert.Contains("fonts-noto-cjk", warning, StringComparison.Ordinal);
    }
}
