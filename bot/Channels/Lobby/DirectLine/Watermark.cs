using System.Globalization;

namespace FrontDesk.Bot.Channels.Lobby.DirectLine;

public static class Watermark
{
    // Missing, empty or "-" means from the start.
    public static bool TryParse(string? text, out long watermark)
    {
        watermark = 0;
        return string.IsNullOrEmpty(text) || text == "-" ||
               (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out watermark) && watermark >= 0);
    }
}
