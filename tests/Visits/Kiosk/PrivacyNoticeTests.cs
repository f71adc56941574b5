using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Options;

namespace FrontDesk.Tests.Visits.Kiosk;

// The building's privacy notice on the walk-in form: configured per language, a general default otherwise.
public sealed class PrivacyNoticeTests
{
    [Fact]
    public async Task The_configured_notice_is_shown_in_the_visitors_language_and_the_default_where_none_is_set()
    {
        await using var h = new KioskHarness(app => app.Settings["Lobby:PrivacyNotice:zh-Hans"] = "本大厦保存访客记录 30 天。");

        var chinese = await h.VisitorAsync("zh-CN");
        await chinese.TapAsync("walkin");
        var english = await h.VisitorAsync("en-US");
        await english.TapAsync("walkin");

        Assert.Contains("本大厦保存访客记录 30 天。", KioskVisitor.RawText(await chinese.LastCardAsync()), StringComparison.Ordinal);
        Assert.Contains("我同意上述隐私声明", KioskVisitor.RawText(await chinese.LastCardAsync()), StringComparison.Ordinal);
        Assert.Contains("for building security", KioskVisitor.RawText(await english.LastCardAsync()), StringComparison.Ordinal);
    }

    [Fact]
    public void A_notice_for_a_language_the_kiosk_does_not_speak_stops_the_app_at_start()
    {
        using var app = new FrontDeskApp();
        app.Settings["Lobby:PrivacyNotice:fr"] = "Avis";

        var validation = StartRefusal.Of(app);
        Assert.Contains("Lobby:PrivacyNotice:fr", validation.Message, StringComparison.Ordinal);
    }
}
