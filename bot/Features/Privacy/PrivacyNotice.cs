using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Privacy;
using Microsoft.Extensions.Options;

namespace FrontDesk.Bot.Features.Privacy;

// The notice a walk-in accepts, in their language: the building's own text (Lobby:PrivacyNotice) or the default,
// which states the configured retention period; its version is a hash of the text, so any change is a new one.
public sealed class PrivacyNotice(IOptions<LobbyOptions> lobby, IOptions<PrivacyOptions> privacy)
{
    public ConsentNotice For(Texts t) =>
        ConsentNotices.Of(t.Language, lobby.Value.PrivacyNotice.TryGetValue(t.Language, out var notice) && !string.IsNullOrWhiteSpace(notice)
            ? notice
            : t.Format("kiosk.walkin.privacyDefault", privacy.Value.RetentionDays));
}
