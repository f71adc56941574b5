using System.Text;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Directory;

public class ImportTests
{
    // What Teams posts when a user attaches a file in a personal chat with the bot.
    private static JObject WithFile(JObject message, FakeTeamsChannel channel, string name, string csv)
    {
        channel.Files[name] = Encoding.UTF8.GetBytes(csv);
        message["attachments"] = new JArray(new JObject
        {
            ["contentType"] = "application/vnd.microsoft.teams.file.download.info",
            ["name"] = name,
            ["content"] = new JObject
            {
                ["downloadUrl"] = channel.FileUrl(name).ToString(),
                ["uniqueId"] = Guid.NewGuid().ToString(),
                ["fileType"] = "csv",
            },
        });
        return message;
    }

    [Fact]
    public async Task Staff_import_companies_then_members_from_files_sent_in_chat()
    {
        await using var teams = new TeamsHarness();
        var desk = await teams.AddStaffAsync("Desk", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(desk, "hi");

        var companies = await teams.PostAsync(WithFile(desk.Message(teams.Channel.ServiceUrl, ""), teams.Channel, "companies.csv",
            "name,floor,suite,aliases\nContoso,12,1201,康拓\nFabrikam,8,,\n"));
        Assert.Contains("Imported companies: 2 added, 0 updated, 0 unchanged.", Assert.Single(companies).CardText, StringComparison.Ordinal);

        var members = await teams.PostAsync(WithFile(desk.Message(teams.Channel.ServiceUrl, ""), teams.Channel, "members.csv",
            "name,email,phone,company\nAlice Wang,alice@contoso.com,+86 21 5555 0101,康拓\nBob Li,bob@fabrikam.com,,Fabrikam\n"));
        Assert.Contains("Imported members: 2 added", Assert.Single(members).CardText, StringComparison.Ordinal);

        var alice = await teams.WithDbAsync(db => db.Members.Include(m => m.Company).SingleAsync(m => m.Email == "alice@contoso.com"));
        Assert.Equal("Contoso", alice.Company!.Name);
    }

    [Fact]
    public async Task A_bad_file_is_reported_line_by_line_and_nothing_is_imported()
    {
        await using var teams = new TeamsHarness();
        var desk = await teams.AddStaffAsync("Desk", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(desk, "hi");
        await teams.WithDbAsync(db =>
        {
            db.Companies.Add(new Company { Name = "Contoso", CreatedAt = DateTimeOffset.UtcNow });
            return db.SaveChangesAsync();
        });

        var reply = await teams.PostAsync(WithFile(desk.Message(teams.Channel.ServiceUrl, ""), teams.Channel, "members.csv",
            "name,email,phone,company\nAlice,alice@contoso.com,,Contoso\nAl,alice@contoso.com,,Contoso\nEve,eve@x.com,,[Evil](http://x)\n"));

        var card = Assert.Single(reply);
        Assert.Contains("Nothing was imported.", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Line 3: the email alice@contoso.com is already on line 2.", card.CardText, StringComparison.Ordinal);
        Assert.Contains("Line 4: there is no company \"[Evil](http://x)\" in the directory", card.CardText, StringComparison.Ordinal);
        Assert.Contains(@"\[Evil\]\(http://x\)", card.RawCardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Members.CountAsync()));
    }

    [Fact]
    public async Task A_tenant_cannot_import_and_import_without_a_file_explains_the_format()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        var desk = await teams.AddStaffAsync("Desk", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(alice, "hi");
        await teams.SayAsync(desk, "hi");

        var refused = await teams.PostAsync(WithFile(alice.Message(teams.Channel.ServiceUrl, ""), teams.Channel, "m.csv",
            "name,email,phone,company\nMallory,mallory@contoso.com,,Contoso\n"));
        Assert.Contains("not available to you", Assert.Single(refused).CardText, StringComparison.Ordinal);
        Assert.Equal(1, await teams.WithDbAsync(db => db.Members.CountAsync()));

        var howTo = await teams.SayAsync(desk, "导入", "zh-CN");
        Assert.Contains("name, email, phone, company", Assert.Single(howTo).CardText, StringComparison.Ordinal);
        Assert.Contains("导入大楼通讯录", howTo[0].CardText, StringComparison.Ordinal);
    }
}
