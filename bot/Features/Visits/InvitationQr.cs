using FrontDesk.Cards.Visits;
using FrontDesk.Data.Visits;
using QRCoder;

namespace FrontDesk.Bot.Features.Visits;

// The invitation's QR code as a PNG data URI: the kiosk's camera (or a person) reads the code from it.
public static class InvitationQr
{
    public static string DataUri(string code)
    {
        using var generator = new QRCodeGenerator();
        using var data = generator.CreateQrCode(InvitationCode.QrPrefix + code, QRCodeGenerator.ECCLevel.Q);
        // Twice the width shown on the card (sharp on high-density screens), within Teams' 1024×1024 for card images.
        var pixelsPerModule = Math.Max(1, 2 * InviteCards.QrWidth / data.ModuleMatrix.Count);
        var png = new PngByteQRCode(data).GetGraphic(pixelsPerModule);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
