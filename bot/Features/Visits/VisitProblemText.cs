using FrontDesk.Cards.Localization;
using FrontDesk.Data.Visits;

namespace FrontDesk.Bot.Features.Visits;

// The words for what VisitRules found wrong with a field, the same at the kiosk and in Teams.
public static class VisitProblemText
{
    public static string For(Texts t, string field, string code) => (field, code) switch
    {
        (_, VisitRules.Required) => t["form.required"],
        (_, VisitRules.BadEmail) => t["form.badEmail"],
        (_, VisitRules.TooLong) => t.Format("form.tooLong", VisitRules.MaxLength(field)),
        ("date", _) => t["invite.error.dateRange"],
        ("until", _) => t["invite.error.window"],
        ("guests", _) => t["invite.error.guests"],
        ("visit", _) => t["invite.notChangeable"],
        _ => t["form.pickOne"],
    };
}
