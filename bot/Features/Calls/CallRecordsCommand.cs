using FrontDesk.Bot.Hosting;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;

namespace FrontDesk.Bot.Features.Calls;

// `--import-calls export.csv`: loads the phone system's call records from the command line, without starting
// the web server, and prints the outcome and the figures of the file's days in English. Exit code 0 when
// imported, 1 otherwise.
public static class CallRecordsCommand
{
    public const string Actor = "command-line";

    public static async Task<int> RunAsync(IServiceProvider services, string csvPath, TextWriter output, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(services);
        ArgumentNullException.ThrowIfNull(output);
        var texts = Catalog.Default.For(Catalog.English);
        if (!File.Exists(csvPath))
        {
            await output.WriteLineAsync(texts.Format("calls.import.fileNotFound", csvPath));
            return 1;
        }
        await services.GetRequiredService<DatabaseMigrator>().EnsureMigratedAsync(ct);
        var result = await services.GetRequiredService<CallRecordImport>().ImportAsync(await ReadLimitedAsync(csvPath, ct), Actor, Path.GetFileName(csvPath), ct);
        foreach (var line in CallImportText.Lines(result, texts))
        {
            await output.WriteLineAsync(line);
        }
        if (result is { Succeeded: true, From: { } from, To: { } to })
        {
            var total = CallText.Report(await services.GetRequiredService<AnswerTimes>().ForAsync(from, to, ct)).Total;
            await output.WriteLineAsync(texts.Format("calls.times.title", CallText.Days(from, to)) + ": " +
                texts.Format("calls.times.total", total.Calls, total.Answered, total.Calls - total.Answered, total.Within, total.Percent));
        }
        return result.Succeeded ? 0 : 1;
    }

    // At most one byte more than an import takes: enough for the import to say the file is too large.
    private static async Task<byte[]> ReadLimitedAsync(string path, CancellationToken ct)
    {
        await using var file = File.OpenRead(path);
        var buffer = new byte[(int)Math.Min(file.Length, CallRecordImport.MaxBytes + 1)];
        await file.ReadExactlyAsync(buffer, ct);
        return buffer;
    }
}
