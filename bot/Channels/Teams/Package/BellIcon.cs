using SkiaSharp;

namespace FrontDesk.Bot.Channels.Teams.Package;

// The app's icon, a desk bell (dome, base and knob), drawn with SkiaSharp like the report charts.
public static class BellIcon
{
    // The outline icon is drawn without anti-aliasing: Teams wants only white and fully transparent pixels.
    public static byte[] Png(int size, SKColor background, bool smooth)
    {
        var info = new SKImageInfo(size, size, SKColorType.Rgba8888, SKAlphaType.Premul);
        using var surface = SKSurface.Create(info);
        var canvas = surface.Canvas;
        canvas.Clear(background);
        canvas.Scale(size);
        using var white = new SKPaint { Color = SKColors.White, IsAntialias = smooth, Style = SKPaintStyle.Fill };
        using var dome = new SKPath();
        dome.AddArc(new SKRect(0.2f, 0.38f, 0.8f, 0.98f), 180, 180);
        dome.Close();
        canvas.DrawPath(dome, white);
        canvas.DrawRect(new SKRect(0.14f, 0.7f, 0.86f, 0.78f), white);
        canvas.DrawCircle(0.5f, 0.32f, 0.06f, white);
        using var image = surface.Snapshot();
        using var png = image.Encode(SKEncodedImageFormat.Png, 100);
        return png.ToArray();
    }
}
