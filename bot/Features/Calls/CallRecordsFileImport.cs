using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Data.Calls;

namespace FrontDesk.Bot.Features.Calls;

// The phone system's export sent to the bot in Teams: told from a directory file by "import calls" typed with
// it or by its header naming the configured columns. On success the card shows the figures of its days.
public sealed class CallRecordsFileImport(CallRecordImport import, AnswerTimes answerTimes) : ITeamsFileImport
{
    public bool IsCommand(string text) => CallRecordsTask.IsImportCommand(text);

    public bool Recognizes(byte[] content) => import.Recognizes(content);

    public async Task ImportAsync(TeamsTurn turn, string fileName, byte[] content, CancellationToken ct)
    {
        var t = turn.Texts;
        var result = await import.ImportAsync(content, turn.Actor, fileName, ct);
        var report = result is { Succeeded: true, From: { } from, To: { } to }
            ? CallText.Report(await answerTimes.ForAsync(from, to, ct))
            : null;
        await turn.SendCardAsync(AnswerTimeCards.Imported(t, CardText.Escape(fileName), CallImportText.Lines(result, t, CardText.Escape), report), ct);
    }
}
