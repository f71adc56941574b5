using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits.Kiosk;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits.Kiosk;

// "I'm leaving": name or code, then one tap to confirm (or a choice when several match), then goodbye.
// The kiosk is public, so a visitor on site is only ever shown as a first name and a company initial.
public sealed class KioskCheckOut(CheckOut checkOut)
{
    private const int MaxTyped = 200;

    public Task AskAsync(KioskTurn turn, Texts t, CancellationToken ct)
    {
        var formId = LobbyForms.NewId();
        return turn.ShowFormAsync(CheckOutCards.Ask(t, FormValues.Empty, formId), formId, ct, text: t["lobby.reply.leaving"]);
    }

    public async Task FindAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data[KioskAction.FormKey] ?? LobbyForms.NewId();
        if (await turn.IsDoneAsync(formId, ct))
        {
            return;
        }
        var who = ((string?)data["who"] ?? "").Trim();
        var matches = who.Length is > 0 and <= MaxTyped ? await checkOut.FindOnSiteAsync(who, ct) : [];
        if (matches.Count == 0)
        {
            var form = new FormValues { ["who"] = who };
            form.AddError("who", who.Length switch
            {
                0 => t["form.required"],
                > MaxTyped => t.Format("form.tooLong", MaxTyped),
                _ => t["kiosk.leave.none"],
            });
            await turn.ShowFormAsync(CheckOutCards.Ask(t, form, formId), formId, ct);
            return;
        }
        var card = matches.Count == 1
            ? CheckOutCards.Confirm(t, Shown(matches[0]), who, formId)
            : CheckOutCards.Choose(t, [.. matches.Select(Shown)], who, formId);
        await turn.ShowFormAsync(card, formId, ct);
    }

    // The visit checked out, or null when this tap checked out nobody.
    public async Task<int?> ConfirmAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data[KioskAction.FormKey] ?? LobbyForms.NewId();
        if (await turn.IsDoneAsync(formId, ct))
        {
            return null;
        }
        var who = (string?)data["who"] ?? "";
        var visitId = (int?)data["visitId"];
        // The tapped visit must still be one that these words find: a crafted tap cannot check out anyone else.
        var visit = who.Length is > 0 and <= MaxTyped && visitId is not null
            ? (await checkOut.FindOnSiteAsync(who, ct)).FirstOrDefault(v => v.Id == visitId)
            : null;
        if (visit is null || !await checkOut.CheckOutAsync(visit.Id, "lobby", ct: ct))
        {
            await turn.SendAsync(t["kiosk.leave.already"], ct);
            return null;
        }
        var shown = Shown(visit);
        await turn.CompleteAsync(formId, KioskSummaryCard.Build(t, t["kiosk.leave.summary"], [(t["kiosk.summary.visitor"], shown.ShortName)]), ct);
        await turn.SendAsync(t.Format("kiosk.leave.done", CardText.EscapeForWebChat(FirstName(visit.VisitorName))), ct);
        return visit.Id;
    }

    // The visitor's own company's initial, or their host company's when they gave none.
    public static LeavingVisitor Shown(Visit visit)
    {
        var company = string.IsNullOrWhiteSpace(visit.VisitorCompany) ? visit.Company?.Name : visit.VisitorCompany;
        var initial = string.IsNullOrWhiteSpace(company) ? "" : $" ({char.ToUpperInvariant(company.Trim()[0])}.)";
        return new(visit.Id, FirstName(visit.VisitorName) + initial);
    }

    // "Zhang San" → "Zhang"; a name written without spaces (Chinese, mostly) → its first character and "*".
    public static string FirstName(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length switch
        {
            0 => "",
            1 when words[0].Length > 1 && words[0].Any(c => c > 0x2E80) => words[0][0] + "*",
            _ => words[0],
        };
    }
}
