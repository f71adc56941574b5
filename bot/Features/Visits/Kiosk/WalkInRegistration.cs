using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Bot.Features.Privacy;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Visits.Kiosk;
using FrontDesk.Data.Visits;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Visits.Kiosk;

// A walk-in registers at the kiosk: the form, the host search, the server's checks (the form comes back
// with every value kept and each error beside its field), then the host is asked to let them in.
public sealed class WalkInRegistration(LobbyCheckIn checkIn, HostFinder hosts, KioskArrival arrival, PrivacyNotice privacy)
{
    private static readonly string[] Fields = ["name", "company", "host", "hostPick", "purpose", "consent"];

    public Task AskAsync(KioskTurn turn, Texts t, CancellationToken ct)
    {
        var formId = LobbyForms.NewId();
        var card = WalkInCard.Build(t, new WalkInForm(FormValues.Empty, formId, privacy.For(t).Text, null, []));
        return turn.ShowFormAsync(card, formId, ct, text: t["lobby.reply.walkin"]);
    }

    public async Task SubmitAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data[KioskAction.FormKey] ?? LobbyForms.NewId();
        if (await turn.IsDoneAsync(formId, ct))
        {
            return;
        }
        var form = FormValues.Read(data, Fields);
        // A choice made from the list counts only while the host box still says what produced the list.
        var listShown = FormValues.Text(data, "hostQuery") == form["host"];
        var picked = listShown ? form["hostPick"] : null;
        var host = await hosts.FindAsync(form["host"], picked, ct);
        // The version of the notice this form shows now is what the visitor accepts.
        var notice = privacy.For(t);
        var request = new WalkInRequest(form["name"], form["company"], host.MemberId ?? 0, form["purpose"], form["consent"] == "true", formId, notice);
        var result = await checkIn.WalkInAsync(request, turn.ConversationId, t.Language, ct);
        if (result.Outcome != CheckInOutcome.Invalid)
        {
            await arrival.ConfirmAsync(turn, t, formId, result, ct, host.Label);
            return;
        }
        foreach (var (field, problem) in result.Problems ?? new Dictionary<string, string>())
        {
            var (where, message) = Explain(t, field, problem, host, listShown);
            if (message is not null)
            {
                form.AddError(where, message);
            }
        }
        if (host.Options.Count == 0)
        {
            form["hostPick"] = "";
        }
        var query = host.Options.Count > 0 ? form["host"] : null;
        await turn.ShowFormAsync(WalkInCard.Build(t, new WalkInForm(form, formId, notice.Text, query, host.Options)), formId, ct);
    }

    // Several matches are not an error the first time: the list itself asks the visitor to choose.
    private static (string Field, string? Message) Explain(Texts t, string field, string problem, HostFound host, bool listShown) => field switch
    {
        "consent" => (field, t["kiosk.error.consent"]),
        "host" when host.Options.Count > 0 => ("hostPick", listShown ? t["form.pickOne"] : null),
        "host" when host.NoMatch => (field, t["kiosk.walkin.noHost"]),
        _ => (field, VisitProblemText.For(t, field, problem)),
    };
}
