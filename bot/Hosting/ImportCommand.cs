using FrontDesk.Bot.Features.Directory;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;

namespace FrontDesk.Bot.Hosting;

// `--import file.csv`: loads companies or members into the directory from the command line, without
// starting the web server, and prints the outcome in English. Exit code 0 when imported, 1 otherwise.
public static class ImportCommand
{
    public const string Actor = "command-line";

    public static async Task<int> RunAsync(IServiceProvider services, string csvPath, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var texts = Catalog.Default.For(Catalog.English);
        if (!File.Exists(csvPath))
        {
            await output.WriteLineAsync(texts.Format("import.fileNotFound", csvPath));
            return 1;
        }
        await services.GetRequiredService<DatabaseMigrator>().EnsureMigratedAsync(ct);
        ImportResult result;
        await using (var file = File.OpenRead(csvPath))
        {
            result = await services.GetRequiredService<DirectoryImport>().ImportAsync(file, Actor, Path.GetFileName(csvPath), ct);
        }
        foreach (var line in ImportResultText.Lines(result, texts))
        {
            await output.WriteLineAsync(line);
        }
        return result.Succeeded ? 0 : 1;
    }
}
