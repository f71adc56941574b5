namespace FrontDesk.Bench.Hosting;

// Where the bot's files are: the repository root holds FrontDesk.Bot.sln; the bot's content root (its
// appsettings.json, the production log levels) is bot/.
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string BotContentRoot => Path.Combine(Root, "bot");

    // The bot's assembly as built with the bench (Release under `dotnet run -c Release`), next to this one.
    public static string BotDll => Path.Combine(AppContext.BaseDirectory, "FrontDesk.Bot.dll");

    public static string BenchDll => typeof(RepoPaths).Assembly.Location;

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "FrontDesk.Bot.sln")))
            {
                return dir.FullName;
            }
        }
        throw new InvalidOperationException("FrontDesk.Bot.sln not found above " + AppContext.BaseDirectory);
    }
}
