using System.Globalization;
using Microsoft.Bot.Builder;

namespace FrontDesk.Bot.Hosting;

// Bot Framework middleware on both adapters, first. The SDK gives each turn the culture of its activity's locale as a
// new CultureInfo, whose number and date formats are then built afresh from ICU the first time anything formats or
// parses a number: a tenth of a kiosk turn's CPU in the lobby bench. The same culture from .NET's cache of read-only
// cultures has them built once for the process. The turn's culture is otherwise what the SDK chose.
public sealed class TurnCulture : Microsoft.Bot.Builder.IMiddleware
{
    public async Task OnTurnAsync(ITurnContext turnContext, NextDelegate next, CancellationToken cancellationToken = default)
    {
        var culture = CultureInfo.CurrentCulture;
        if (!culture.IsReadOnly)
        {
            // Set inside this async method, the culture flows into the turn and is given back when it ends.
            CultureInfo.CurrentCulture = CultureInfo.GetCultureInfo(culture.Name);
        }
        await next(cancellationToken);
    }
}
