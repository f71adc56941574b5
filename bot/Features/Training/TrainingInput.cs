using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Training;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Training;

// What the training buttons carry besides their action.
internal static class TrainingInput
{
    // The session a button is about; null when missing or not a number (an outdated or forged card).
    public static int? SessionId(JObject data) =>
        int.TryParse(FormValues.Text(data, TrainingFormCards.SessionField), NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : null;
}
