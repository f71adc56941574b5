using FrontDesk.Cards.Forms;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Visits;
using Microsoft.Bot.Builder;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Lobby;

// "I have an invitation code": the code card, then the check-in; a code that does not work is said
// beside the box, with what was typed kept for another try.
public sealed class InvitationCheckIn(LobbyCheckIn checkIn, LobbyForms forms, KioskArrival arrival)
{
    public Task AskAsync(ITurnContext turn, Texts t, CancellationToken ct)
    {
        var formId = LobbyForms.NewId();
        return forms.ShowAsync(turn, InvitationCodeCard.Build(t, FormValues.Empty, formId), formId, ct, text: t["lobby.reply.invitation"]);
    }

    public async Task SubmitAsync(ITurnContext turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data["form"] ?? LobbyForms.NewId();
        if (await forms.IsDoneAsync(turn, formId, ct))
        {
            return;
        }
        var typed = (string?)data["code"] ?? "";
        var result = await checkIn.WithCodeAsync(typed, turn.Activity.Conversation.Id, t.Language, ct);
        if (result.Outcome is CheckInOutcome.CheckedIn or CheckInOutcome.AwaitingHost or CheckInOutcome.HeldForDesk)
        {
            await arrival.ConfirmAsync(turn, t, formId, result, ct);
            return;
        }
        var form = new FormValues { ["code"] = typed };
        form.AddError("code", t[result.Outcome switch
        {
            CheckInOutcome.Expired => "kiosk.code.expired",
            CheckInOutcome.AlreadyUsed => "kiosk.code.used",
            CheckInOutcome.Cancelled => "kiosk.code.cancelled",
            _ => "kiosk.code.unknown",
        }]);
        await forms.ShowAsync(turn, InvitationCodeCard.Build(t, form, formId), formId, ct);
    }
}
