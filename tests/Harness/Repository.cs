namespace FrontDesk.Tests.Harness;

// The checkout the tests run from: the folder above the test binaries that holds FrontDesk.Bot.sln.
public static class Repository
{
    private static readonly Lazy<string> Found = new(() =>
    {
        for (var folder = new DirectoryInfo(AppContext.BaseDirectory); folder is not null; folder = folder.Parent)
        {
            if (File.Exists(Path.Combine(folder.FullName, "FrontDesk.Bot.sln")))
            {
                return folder.FullName;
            }
        }
        throw new DirectoryNotFoundException("FrontDesk.Bot.sln is not above " + AppContext.BaseDirectory);
    });

    public static string Root => Found.Value;
}
