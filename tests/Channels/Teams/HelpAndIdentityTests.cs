using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;

namespace FrontDesk.Tests.Channels.Teams;

public class HelpAndIdentityTests
{
    [Fact]
    public async Task First_message_links_the_member_by_email_and_welcomes_them()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice Wang", "Alice@Contoso.com");

        var replies = await teams.SayAsync(alice, "help");

        Assert.Contains(teams.Channel.Calls, c => c.Method == "GET" && c.Path.EndsWith("/members/" + Uri.EscapeDataString(alice.Id), StringComparison.Ordinal) || c.Path.EndsWith("/members/" + alice.Id, StringComparison.Ordinal));
        Assert.Equal("Welcome, Alice Wang! I have linked your Teams account to Contoso in the building directory.", replies[0].Text);
        Assert.Contains("member of Contoso", replies[1].CardText, StringComparison.Ordinal);
        var member = await teams.WithDbAsync(db => db.Members.SingleAsync(m => m.Email == "alice@contoso.com"));
        Assert.Equal(alice.AadObjectId, member.AadObjectId);
        Assert.NotNull(member.LinkedAt);

        // The second message finds her by her Teams id: no look-up, no second welcome.
        var lookups = teams.Channel.Calls.Count(c => c.Method == "GET");
        var again = await teams.SayAsync(alice, "help");
        Assert.Equal(lookups, teams.Channel.Calls.Count(c => c.Method == "GET"));
        Assert.Single(again);
        Assert.Contains("What I can do for you", again[0].CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_Teams_user_is_told_how_to_get_linked()
    {
        await using var teams = new TeamsHarness();
        var stranger = TeamsUser.Create("Mallory", "mallory@elsewhere.com");
        teams.Channel.AddMember(stranger);

        var replies = await teams.SayAsync(stranger, "my mail");

        var card = Assert.Single(replies).CardText;
        Assert.Contains("not in the building directory yet", card, StringComparison.Ordinal);
        Assert.Contains("mallory@elsewhere.com", card, StringComparison.Ordinal);
        Assert.DoesNotContain("Add staff", card, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Members.CountAsync(m => m.AadObjectId != null)));
    }

    [Fact]
    public async Task A_user_Teams_will_not_describe_is_treated_as_unlinked()
    {
        await using var teams = new TeamsHarness();
        var ghost = TeamsUser.Create("Ghost", "ghost@nowhere.com"); // not in the fake's member list: 404

        var replies = await teams.SayAsync(ghost, "help");

        Assert.Contains("not linked to the building directory yet", Assert.Single(replies).CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Unknown_text_gets_the_help_card_not_silence()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        await teams.SayAsync(alice, "hi");

        var replies = await teams.SayAsync(alice, "[click](http://evil.example) please");

        var reply = Assert.Single(replies);
        var card = reply.CardText;
        Assert.Contains("I did not understand \"[click](http://evil.example) please\"", card, StringComparison.Ordinal);
        // Sent escaped, so the card shows the characters rather than a link.
        Assert.Contains(@"\[click\]\(http://evil\.example\)", reply.RawCardText, StringComparison.Ordinal);
        Assert.Contains("What I can do for you", card, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(StaffRole.Manager, "en-US", "Add staff", "You are Boss, Manager.")]
    [InlineData(StaffRole.Staff, "en-US", "Desk staff", "You are Boss, Front-desk staff.")]
    [InlineData(StaffRole.Manager, "zh-CN", "添加员工", "您是 Boss，管理人员。")]
    [InlineData(StaffRole.Staff, "zh-Hans", "前台人员", "您是 Boss，前台工作人员。")]
    public async Task Help_lists_what_the_role_may_do_in_the_users_language(StaffRole role, string locale, string expectedEntry, string expectedWho)
    {
        await using var teams = new TeamsHarness();
        var boss = await teams.AddStaffAsync("Boss", "boss@building.com", role);
        await teams.SayAsync(boss, "hello", locale);

        var replies = await teams.SayAsync(boss, locale.StartsWith("zh", StringComparison.Ordinal) ? "帮助" : "help", locale);

        var card = Assert.Single(replies).CardText;
        Assert.Contains(expectedEntry, card, StringComparison.Ordinal);
        Assert.Contains(expectedWho, card, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_does_not_see_staff_tasks_and_cannot_run_them()
    {
        await using var teams = new TeamsHarness();
        var alice = await teams.AddTenantAsync("Contoso", "Alice", "alice@contoso.com");
        await teams.SayAsync(alice, "hi");

        var help = await teams.SayAsync(alice, "help");
        Assert.DoesNotContain("Add staff", help[0].CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Desk staff", help[0].CardText, StringComparison.Ordinal);

        var refused = await teams.SayAsync(alice, "add staff");
        Assert.Contains("not available to you", refused[0].CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Staff.CountAsync()));
    }
}
