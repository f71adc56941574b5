using FrontDesk.Bot.Hosting;
using FrontDesk.Data;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace FrontDesk.Tests.Directory;

public class ImportCommandTests
{
    [Fact]
    public async Task Importing_companies_then_members_from_files_prints_the_counts_and_stores_the_rows()
    {
        using var app = new FrontDeskApp();
        var companies = Path.Combine(app.Folder, "companies.csv");
        var members = Path.Combine(app.Folder, "members.csv");
        await File.WriteAllTextAsync(companies, "name,floor,suite,aliases\nAcme Ltd,3,301,ACME\nBeta Studio,5,502,\n");
        await File.WriteAllTextAsync(members, "name,email,phone,company\nAda Lovelace,Ada@Example.com,111,ACME\n");

        using var companiesOut = new StringWriter();
        using var membersOut = new StringWriter();
        var companiesExit = await ImportCommand.RunAsync(app.Services, companies, companiesOut, CancellationToken.None);
        var membersExit = await ImportCommand.RunAsync(app.Services, members, membersOut, CancellationToken.None);

        Assert.Equal((0, 0), (companiesExit, membersExit));
        Assert.Equal("Imported companies: 2 added, 0 updated, 0 unchanged.", companiesOut.ToString().Trim());
        Assert.Equal("Imported members: 1 added, 0 updated, 0 unchanged.", membersOut.ToString().Trim());
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync();
        var ada = await db.Members.Include(m => m.Company).SingleAsync();
        Assert.Equal(("ada@example.com", "Acme Ltd"), (ada.Email, ada.Company!.Name));
        Assert.Equal(["command-line", "command-line"], await db.Audit.Select(a => a.Actor).ToListAsync());
    }

    [Fact]
    public async Task A_rejected_file_prints_each_problem_with_its_line_and_exits_with_1()
    {
        using var app = new FrontDeskApp();
        var members = Path.Combine(app.Folder, "members.csv");
        await File.WriteAllTextAsync(members, "name,email,company\nAda,ada@example.com,Initech\nGrace,grace@,Initech\nLinus,ADA@example.com,Initech\n");
        using var output = new StringWriter();

        var exit = await ImportCommand.RunAsync(app.Services, members, output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal(
            [
                "Nothing was imported. Problems to fix: 5.",
                "Line 2: there is no company \"Initech\" in the directory; import the companies first.",
                "Line 3: \"grace@\" is not an email address.",
                "Line 3: there is no company \"Initech\" in the directory; import the companies first.",
                "Line 4: the email ada@example.com is already on line 2.",
                "Line 4: there is no company \"Initech\" in the directory; import the companies first.",
            ],
            output.ToString().Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries));
        await using var db = await app.Services.GetRequiredService<IDbContextFactory<FrontDeskDb>>().CreateDbContextAsync();
        Assert.Equal(0, await db.Members.CountAsync());
        Assert.Equal(0, await db.Audit.CountAsync());
    }

    [Fact]
    public async Task A_missing_file_says_so_and_exits_with_1()
    {
        using var app = new FrontDeskApp();
        using var output = new StringWriter();
        var path = Path.Combine(app.Folder, "nowhere.csv");

        var exit = await ImportCommand.RunAsync(app.Services, path, output, CancellationToken.None);

        Assert.Equal(1, exit);
        Assert.Equal($"The file {path} was not found.", output.ToString().Trim());
    }
}
