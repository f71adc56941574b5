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
        var png = new PngByteQRCode(data).GetGraphic(6);
        return "data:image/png;base64," + Convert.ToBase64String(png);
    }
}
