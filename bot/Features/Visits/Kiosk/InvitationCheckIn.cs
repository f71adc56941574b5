using System.Text.RegularExpressions;
using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits.Kiosk;
using FrontDesk.Data;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits.Kiosk;

// "I have an invitation code": the code card, then the check-in; a code that does not work is said
// beside the box, with what was typed kept for another try.
public sealed partial class InvitationCheckIn(LobbyCheckIn checkIn, KioskArrival arrival, CheckInWindow window, BuildingTime time)
{
    public Task AskAsync(KioskTurn turn, Texts t, CancellationToken ct)
    {
        var formId = LobbyForms.NewId();
        return turn.ShowFormAsync(InvitationCodeCard.Build(t, FormValues.Empty, formId), formId, ct, text: t["lobby.reply.invitation"]);
    }

    public async Task SubmitAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data[KioskAction.FormKey] ?? LobbyForms.NewId();
        if (!await turn.IsDoneAsync(formId, ct))
        {
            await CheckInAsync(turn, t, formId, (string?)data["code"] ?? "", ct);
        }
    }

    // The code typed into the chat box (the prompt says "type your invitation code below"), or the QR text a
    // scanner at the kiosk types there as if it were a keyboard: checked in as the card's box would be.
    public Task TypedAsync(KioskTurn turn, Texts t, string typed, CancellationToken ct) =>
        CheckInAsync(turn, t, LobbyForms.NewId(), typed.Trim(), ct);

    public static bool IsTyped(string? text) =>
        text?.TrimStart().StartsWith(InvitationCode.QrPrefix, StringComparison.OrdinalIgnoreCase) == true
        || (text is not null && CodeShape().IsMatch(text) && InvitationCode.Normalize(text) is not null);

    // "ABC123", "abc 123" or "ABC-123" on its own: a sentence with a six-letter word in it is not a code.
    [GeneratedRegex(@"^\s*[A-Za-z0-9]{3}[ -]?[A-Za-z0-9]{3}\s*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodeShape();

    private async Task CheckInAsync(KioskTurn turn, Texts t, string formId, string typed, CancellationToken ct)
    {
        if (await turn.TakesNoMoreCodesAsync(ct))
        {
            await turn.CompleteAsync(formId, InvitationCodeCard.Locked(t), ct);
            return;
        }
        var result = await checkIn.WithCodeAsync(typed, turn.ConversationId, t.Language, ct);
        if (result.Outcome is CheckInOutcome.CheckedIn or CheckInOutcome.AwaitingHost or CheckInOutcome.HeldForDesk)
        {
            await arrival.ConfirmAsync(turn, t, formId, result, ct);
            return;
        }
        if (InvitationCode.Normalize(typed) is { } code)
        {
            await turn.CountWrongCodeAsync(code, ct);
        }
        var form = new FormValues { ["code"] = typed };
        form.AddError("code", result.Outcome switch
        {
            CheckInOutcome.TooEarly => t.Format("kiosk.code.early", Window(t, result.Visit!), Local(t, window.OpensAt(result.Visit!))),
            CheckInOutcome.TooLate => t.Format("kiosk.code.late", Window(t, result.Visit!), Local(t, window.ClosesAt(result.Visit!))),
            CheckInOutcome.Expired => t["kiosk.code.expired"],
            CheckInOutcome.AlreadyUsed => t["kiosk.code.used"],
            CheckInOutcome.Cancelled => t["kiosk.code.cancelled"],
            _ => t["kiosk.code.unknown"],
        });
        await turn.ShowFormAsync(InvitationCodeCard.Build(t, form, formId), formId, ct);
    }

    private string Window(Texts t, Visit v) => $"{Local(t, v.ExpectedFrom!.Value)}–{Local(t, v.ExpectedUntil!.Value)}";

    private string Local(Texts t, DateTimeOffset utc) => time.ToLocal(utc).ToString("HH:mm", t.Culture);
}
