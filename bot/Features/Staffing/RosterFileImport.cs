using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Staffing;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Staffing;

namespace FrontDesk.Bot.Features.Staffing;

// A month's roster sent to the bot in Teams: told from a directory file by "import roster" typed with it or by its
// header naming the roster's columns. Managers only: the directory's import task takes files from all the desk.
public sealed class RosterFileImport(RosterImport import, StaffingText text) : ITeamsFileImport
{
    public bool IsCommand(string text) => RosterTask.IsImportCommand(text);

    public bool Recognizes(byte[] content) => import.Recognizes(content);

    public async Task ImportAsync(TeamsTurn turn, string fileName, byte[] content, CancellationToken ct)
    {
        var t = turn.Texts;
        if (turn.Person.Role != Role.Manager)
        {
            await turn.SendAsync(t["roster.import.managersOnly"], ct);
            return;
        }
        var result = await import.ImportAsync(content, turn.Actor, fileName, ct);
        await turn.SendCardAsync(RosterCards.Imported(t, CardText.Escape(fileName), RosterImportText.Lines(result, t, CardText.Escape), FirstWeek(result)), ct);
    }

    // The roster button opens the first week the import changed: the first month's, or this week's once it began.
    private string? FirstWeek(RosterImportResult result)
    {
        if (result is not { Succeeded: true, Months.Count: > 0 })
        {
            return null;
        }
        var first = DateOnly.ParseExact(result.Months[0] + "-01", "yyyy-MM-dd", CultureInfo.InvariantCulture);
        return StaffingText.Iso(StaffingPlan.WeekStart(first < text.Today ? text.Today : first));
    }
}
