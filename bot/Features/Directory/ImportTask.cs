using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Directory;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Directory;

// Staff send a CSV file to the bot to import companies or members ("import" / "导入" explains how). A file
// another import claims (by its command or its header, e.g. call records) goes to that import instead.
public sealed class ImportTask(DirectoryImport import, CsvDownload download, IEnumerable<ITeamsFileImport> others) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [DirectoryActions.OpenImport];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) =>
        CsvDownload.FindCsv(turn.Activity) is not null ||
        (Shortcut.Matches(text, "import", "导入", "导入通讯录") && !others.Any(o => o.IsCommand(text)));

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["import.help.title"], texts["import.help.description"], texts["import.help.typed"], DirectoryActions.OpenImport);

    public async Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        var file = CsvDownload.FindCsv(turn.Activity);
        if (file is null)
        {
            await turn.SendCardAsync(ImportCards.Instructions(turn.Texts), ct);
            return;
        }
        var fileName = file.Name ?? "directory.csv";
        var downloaded = await download.FetchAsync(file, DirectoryImport.MaxBytes, ct);
        if (downloaded.Problem is { } problem)
        {
            await turn.SendAsync(turn.Texts.Format(problem, CardText.Escape(fileName), DirectoryImport.MaxBytes / 1024), ct);
            return;
        }
        if (others.FirstOrDefault(o => o.IsCommand(text) || o.Recognizes(downloaded.Bytes!)) is { } other)
        {
            await other.ImportAsync(turn, fileName, downloaded.Bytes!, ct);
            return;
        }
        using var content = new MemoryStream(downloaded.Bytes!);
        var result = await import.ImportAsync(content, turn.Actor, fileName, ct);
        var lines = ImportResultText.Lines(result, turn.Texts, CardText.Escape);
        await turn.SendCardAsync(ImportCards.Result(turn.Texts, CardText.Escape(fileName), result.Succeeded, lines), ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) =>
        turn.SendCardAsync(ImportCards.Instructions(turn.Texts), ct);
}
