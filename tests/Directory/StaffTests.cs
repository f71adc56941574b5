using FrontDesk.Cards.Directory;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Directory;

public class StaffTests
{
    private static Dictionary<string, string> Typed(string name, string email, string role) =>
        new() { ["name"] = name, ["email"] = email, ["role"] = role };

    [Fact]
    public async Task A_manager_adds_staff_with_a_form_that_keeps_values_and_shows_errors()
    {
        await using var teams = new TeamsHarness();
        var boss = await teams.AddStaffAsync("Boss", "boss@building.com", StaffRole.Manager);
        await teams.SayAsync(boss, "hi");

        var form = Assert.Single(await teams.SayAsync(boss, "add staff"));
        Assert.Contains("Work email", form.CardText, StringComparison.Ordinal);

        var invalid = Assert.Single(await teams.PressAsync(boss, form, "Save", Typed("Lin Mei", "not-an-email", "Staff")));
        Assert.Equal("PUT", invalid.Method);
        Assert.Equal(form.SentId, invalid.ActivityId);
        Assert.Contains("Please enter a valid email address", invalid.CardText, StringComparison.Ordinal);
        Assert.Contains("Lin Mei", invalid.CardText, StringComparison.Ordinal);
        Assert.Contains("not-an-email", invalid.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Staff.CountAsync(s => s.Name == "Lin Mei")));

        var saved = Assert.Single(await teams.PressAsync(boss, invalid, "Save", Typed("Lin Mei", "Lin.Mei@Building.com", "Staff")));
        Assert.Equal("PUT", saved.Method);
        Assert.Contains("Added Lin Mei (lin.mei@building.com) as Front-desk staff.", saved.CardText, StringComparison.Ordinal);
        Assert.DoesNotContain("Save", saved.CardText, StringComparison.Ordinal);

        // A double tap (the form pressed again before Teams showed the summary) changes nothing and says so.
        var again = Assert.Single(await teams.PressAsync(boss, invalid, "Save", Typed("Lin Mei", "lin.mei@building.com", "Staff")));
        Assert.Contains("already Front-desk staff", again.CardText, StringComparison.Ordinal);
        var row = await teams.WithDbAsync(db => db.Staff.SingleAsync(s => s.Email == "lin.mei@building.com"));
        Assert.Equal(StaffRole.Staff, row.Role);
        Assert.Equal(1, await teams.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == "staff.added" && a.Subject == "lin.mei@building.com")));

        // The new staff member is recognised as staff when they first message the bot.
        var lin = TeamsUser.Create("Lin Mei", "lin.mei@building.com");
        teams.Channel.AddMember(lin);
        var welcome = await teams.SayAsync(lin, "help");
        Assert.Contains("you are Front-desk staff", welcome[0].Text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_tenant_member_made_staff_is_staff_from_their_next_message()
    {
        await using var teams = new TeamsHarness();
        var boss = await teams.AddStaffAsync("Boss", "boss@building.com", StaffRole.Manager);
        var wang = await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        await teams.SayAsync(boss, "hi");
        Assert.Contains("member of Contoso", (await teams.OpenAsync(wang, "help")).CardText, StringComparison.Ordinal);

        var form = await teams.OpenAsync(boss, "add staff");
        await teams.PressAsync(boss, form, "Save", Typed("Wang Wei", "wang.wei@contoso.com", "Staff"));

        var help = await teams.OpenAsync(wang, "help");
        Assert.Contains("Front-desk staff", help.CardText, StringComparison.Ordinal);
        Assert.Contains("Log mail", help.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Empty_and_oversized_fields_are_refused_in_Chinese_too()
    {
        await using var teams = new TeamsHarness();
        var boss = await teams.AddStaffAsync("Boss", "boss@building.com", StaffRole.Manager);
        await teams.SayAsync(boss, "hi", "zh-CN");

        var form = Assert.Single(await teams.SayAsync(boss, "添加员工", "zh-CN"));
        var reply = Assert.Single(await teams.PressAsync(boss, form, "保存", Typed(new string('x', 101), "", ""), locale: "zh-CN"));

        Assert.Contains("请不要超过 100 个字符", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("请输入有效的邮箱地址", reply.CardText, StringComparison.Ordinal);
        Assert.Contains("请选择其中一项", reply.CardText, StringComparison.Ordinal);
        Assert.Equal(1, await teams.WithDbAsync(db => db.Staff.CountAsync()));
    }

    [Fact]
    public async Task Staff_may_list_the_desk_but_not_add_to_it()
    {
        await using var teams = new TeamsHarness();
        await teams.AddStaffAsync("Boss", "boss@building.com", StaffRole.Manager);
        var desk = await teams.AddStaffAsync("Desk", "desk@building.com", StaffRole.Staff);
        await teams.SayAsync(desk, "hi");

        var list = Assert.Single(await teams.SayAsync(desk, "staff"));
        Assert.Contains("Front-desk staff and managers (2)", list.CardText, StringComparison.Ordinal);
        Assert.Contains("boss@building.com · Manager", list.CardText, StringComparison.Ordinal);

        // Forged: staff are never sent the form, so this submit is written by hand.
        var refused = Assert.Single(await teams.SubmitForgedAsync(desk, new JObject { ["action"] = DirectoryActions.SaveStaff.Name, ["name"] = "Eve", ["email"] = "eve@building.com", ["role"] = "Manager" }, "card-2"));
        Assert.Equal("Only a manager can add or change staff.", refused.Text);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Staff.CountAsync(s => s.Email == "eve@building.com")));
    }
}
