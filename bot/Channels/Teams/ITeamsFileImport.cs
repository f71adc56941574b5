namespace FrontDesk.Bot.Channels.Teams;

// A kind of CSV file staff send to the bot besides the directory's. The directory's ImportTask receives every
// CSV file and hands it to the first import that claims it; the directory takes the rest.
public interface ITeamsFileImport
{
    // The command that names this import ("import calls"), typed with the file or without it.
    bool IsCommand(string text);

    // The file is this import's: its first line names this import's columns.
    bool Recognizes(byte[] content);

    Task ImportAsync(TeamsTurn turn, string fileName, byte[] content, CancellationToken ct);
}
