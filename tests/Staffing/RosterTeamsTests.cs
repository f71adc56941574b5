using FrontDesk.Data.Staffing;
using FrontDesk.Tests.Harness;
using Microsoft.EntityFrameworkCore;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Staffing.ShiftFormCard;

namespace FrontDesk.Tests.Staffing;

public class RosterTeamsTests
{
    private static Dictionary<string, string> Shift(string staff, string date, string start, string end) =>
        new() { [F.StaffField] = staff, [F.DateField] = date, [F.StartField] = start, [F.EndField] = end };

    [Fact]
    public async Task A_manager_adds_a_shift_on_the_card_sees_it_in_the_week_and_removes_it()
    {
        await using var scene = await StaffingScene.StartAsync();
        var teams = scene.Teams;
        var roster = await teams.OpenAsync(scene.Manager, "roster");
        Assert.Contains("Roster, week 2026-W49 (Monday 30 Nov – Sunday 6 Dec)", roster.CardText, StringComparison.Ordinal);
        Assert.Equal(7, roster.CardText.Split("Nobody rostered.").Length - 1);

        var form = Assert.Single(await teams.PressAsync(scene.Manager, roster, "Add shift"));
        Assert.Contains("Add a shift", form.CardText, StringComparison.Ordinal);
        Assert.Equal("2026-11-30", StaffingScene.Input(form, F.DateField));
        var liNa = StaffingScene.Choice(form, F.StaffField, "Li Na");
        var saved = Assert.Single(await teams.PressAsync(scene.Manager, form, "Save shift", Shift(liNa, "2026-12-01", "08:00", "16:30")));

        Assert.Contains("Shift added: Li Na, Tuesday 1 Dec, 08:00–16:30.", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("Tuesday 1 Dec\nLi Na · 08:00–16:30 (8.5 h)\nRemove", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("Hours this week\nLi Na\n8.5 h", saved.CardText, StringComparison.Ordinal);
        var shift = await teams.WithDbAsync(db => db.Shifts.Include(s => s.Staff).SingleAsync());
        Assert.Equal(("Li Na", new DateOnly(2026, 12, 1), new TimeOnly(8, 0), new TimeOnly(16, 30), ShiftSource.Card, scene.Manager.AadObjectId),
            (shift.Staff!.Name, shift.Date, shift.Start, shift.End, shift.Source, shift.CreatedBy));

        // A second tap of the same Save adds nothing.
        var again = Assert.Single(await teams.PressAsync(scene.Manager, form, "Save shift", Shift(liNa, "2026-12-01", "08:00", "16:30")));
        Assert.Contains("This shift was already added: Li Na, Tuesday 1 Dec, 08:00–16:30.", again.CardText, StringComparison.Ordinal);
        Assert.Equal(1, await teams.WithDbAsync(db => db.Shifts.CountAsync()));

        var removed = Assert.Single(await teams.PressAsync(scene.Manager, saved, "Remove", within: "Li Na · 08:00–16:30"));
        Assert.Contains("Removed: Li Na, Tuesday 1 Dec, 08:00–16:30.", removed.CardText, StringComparison.Ordinal);
        Assert.Equal(0, await teams.WithDbAsync(db => db.Shifts.CountAsync()));
        Assert.Equal([Roster.AddedAction, Roster.RemovedAction], await teams.WithDbAsync(db =>
            db.Audit.Where(a => a.Action.StartsWith("roster.")).OrderBy(a => a.Id).Select(a => a.Action).ToListAsync()));

        var later = Assert.Single(await teams.PressAsync(scene.Manager, removed, "Later week"));
        Assert.Contains("Roster, week 2026-W50 (Monday 7 Dec – Sunday 13 Dec)", later.CardText, StringComparison.Ordinal);
    }

    // 09:00 on Monday 30 Nov: every bad shift comes back on the form with what was typed and the reason under its field.
    [Fact]
    public async Task A_bad_shift_comes_back_with_the_values_kept_and_the_error_beside_the_field()
    {
        await using var scene = await StaffingScene.StartAsync();
        var teams = scene.Teams;
        var form = await teams.OpenAsync(scene.Manager, "add shift");
        var liNa = StaffingScene.Choice(form, F.StaffField, "Li Na");
        var zhou = StaffingScene.Choice(form, F.StaffField, "Zhou Min");
        await teams.PressAsync(scene.Manager, await teams.OpenAsync(scene.Manager, "add shift"), "Save shift", Shift(liNa, "2026-12-01", "08:00", "16:00"));

        async Task<RecordedCall> Bad(Dictionary<string, string> typed, string field, string error)
        {
            var back = Assert.Single(await teams.PressAsync(scene.Manager, form, "Save shift", typed));
            Assert.Contains("Please correct the fields marked below.", back.CardText, StringComparison.Ordinal);
            Assert.Equal(error, StaffingScene.ErrorUnder(back, field));
            foreach (var (id, value) in typed)
            {
                Assert.Equal(value, StaffingScene.Input(back, id));
            }
            return back;
        }

        await Bad(Shift(zhou, "2026-12-02", "16:00", "08:00"), F.EndField, "The shift must end after it starts.");
        await Bad(Shift(zhou, "2026-12-02", "09:00", "09:00"), F.EndField, "The shift must end after it starts.");
        await Bad(Shift(zhou, "2026-11-29", "08:00", "12:00"), F.DateField, "That day is in the past: the roster plans from today on.");
        await Bad(Shift(zhou, "2026-11-30", "07:00", "09:00"), F.EndField, "That shift would be over already.");
        await Bad(Shift(liNa, "2026-12-01", "15:00", "20:00"), F.StartField, "Li Na already works 08:00–16:00 that day.");
        var none = Assert.Single(await teams.PressAsync(scene.Manager, form, "Save shift", Shift("", "2026-12-02", "", "12:00")));
        Assert.Equal("Please pick one of the options.", StaffingScene.ErrorUnder(none, F.StaffField));
        Assert.Equal("This field is required.", StaffingScene.ErrorUnder(none, F.StartField));
        Assert.Equal("12:00", StaffingScene.Input(none, F.EndField));

        // Zhou Min leaves the desk: a shift for them is refused even from a card that still lists them.
        await teams.WithDbAsync(async db =>
        {
            (await db.Staff.SingleAsync(s => s.Name == "Zhou Min")).Active = false;
            return await db.SaveChangesAsync();
        });
        var gone = Assert.Single(await teams.PressAsync(scene.Manager, form, "Save shift", Shift(zhou, "2026-12-02", "08:00", "12:00")));
        Assert.Equal("Please pick one of the options.", StaffingScene.ErrorUnder(gone, F.StaffField));
        Assert.Equal(1, await teams.WithDbAsync(db => db.Shifts.CountAsync()));
    }

    [Fact]
    public async Task In_Chinese_the_roster_and_the_shift_card_read_in_Chinese_and_staff_cannot_open_them()
    {
        await using var scene = await StaffingScene.StartAsync();
        var teams = scene.Teams;
        var roster = await teams.OpenAsync(scene.Manager, "排班 2026-12-07", "zh-CN");
        Assert.Contains("排班，2026-W50 周（12月7日 星期一 – 12月13日 星期日）", roster.CardText, StringComparison.Ordinal);

        var form = Assert.Single(await teams.PressAsync(scene.Manager, roster, "添加班次", locale: "zh-CN"));
        Assert.Equal("2026-12-07", StaffingScene.Input(form, F.DateField));
        var bad = Assert.Single(await teams.PressAsync(scene.Manager, form, "保存班次",
            Shift(StaffingScene.Choice(form, F.StaffField, "Li Na"), "2026-12-07", "18:00", "09:00"), locale: "zh-CN"));
        Assert.Equal("结束时间必须晚于开始时间。", StaffingScene.ErrorUnder(bad, F.EndField));
        var saved = Assert.Single(await teams.PressAsync(scene.Manager, bad, "保存班次",
            Shift(StaffingScene.Choice(form, F.StaffField, "Li Na"), "2026-12-07", "09:00", "18:00"), locale: "zh-CN"));
        Assert.Contains("已添加班次：Li Na，12月7日 星期一，09:00–18:00。", saved.CardText, StringComparison.Ordinal);
        Assert.Contains("Li Na · 09:00–18:00（9 小时）", saved.CardText, StringComparison.Ordinal);

        Assert.Contains("not available to you", (await teams.OpenAsync(scene.Desk, "roster")).CardText, StringComparison.Ordinal);
        Assert.Contains("not available to you", (await teams.OpenAsync(scene.Desk, "add shift")).CardText, StringComparison.Ordinal);
        Assert.Equal("Type the week like this: roster, roster 2026-12-07 (the week of that day) or roster 2026-W50.",
            Assert.Single(await teams.SayAsync(scene.Manager, "roster next")).Text);
    }

    // 09:00 on Monday 30 Nov. Already on the roster: Zhou Min today 09:00–13:00 and Li Na 2 Dec 10:00–14:00 (both by
    // card), Zhou Min on 27 Nov (the past) and Li Na on 5 Jan (another month). The file covers November and December.
    [Fact]
    public async Task A_months_roster_sent_in_chat_replaces_those_months_from_today_and_sending_it_again_changes_nothing()
    {
        await using var scene = await StaffingScene.StartAsync();
        var teams = scene.Teams;
        await teams.WithDbAsync(async db =>
        {
            var staff = await db.Staff.ToDictionaryAsync(s => s.Name);
            void Add(string who, DateOnly date, int from, int to) => db.Shifts.Add(new Shift
            {
                StaffId = staff[who].Id,
                Date = date,
                Start = new(from, 0),
                End = new(to, 0),
                Source = ShiftSource.Card,
                CreatedAt = StaffingScene.Start,
                CreatedBy = "test",
            });
            Add("Zhou Min", new(2026, 11, 30), 9, 13);
            Add("Li Na", new(2026, 12, 2), 10, 14);
            Add("Zhou Min", new(2026, 11, 27), 9, 17);
            Add("Li Na", new(2027, 1, 5), 9, 17);
            return await db.SaveChangesAsync();
        });
        const string csv = "email,staff,date,start,end\n" +
                           "li.na@building.com,,2026-11-27,08:00,16:00\n" +
                           "LI.NA@building.com,,2026-12-01,08:00,16:00\n" +
                           ",Zhou Min,2026-12-01,9:00,13:00\n" +
                           "zhou.min@building.com,,2026/12/3,12:00,20:00\n";

        var first = Assert.Single(await teams.PostAsync(scene.WithFile(scene.Manager, "", "roster-december.csv", csv)));
        Assert.Contains("Roster import of roster-december.csv", first.CardText, StringComparison.Ordinal);
        Assert.Contains("Roster imported for 2026-11, 2026-12: 3 shifts added, 2 removed, 0 unchanged.", first.CardText, StringComparison.Ordinal);
        Assert.Contains("Lines before today, left as they were: 1.", first.CardText, StringComparison.Ordinal);
        var stored = await teams.WithDbAsync(db => db.Shifts.Include(s => s.Staff).OrderBy(s => s.Date).ThenBy(s => s.Start)
            .Select(s => new { s.Staff!.Name, s.Date, s.Start, s.End, s.Source }).ToListAsync());
        Assert.Equal(
            ["Zhou Min 2026-11-27 09:00–17:00 Card", "Li Na 2026-12-01 08:00–16:00 Import", "Zhou Min 2026-12-01 09:00–13:00 Import",
             "Zhou Min 2026-12-03 12:00–20:00 Import", "Li Na 2027-01-05 09:00–17:00 Card"],
            stored.Select(s => $"{s.Name} {s.Date:yyyy-MM-dd} {s.Start:HH\\:mm}–{s.End:HH\\:mm} {s.Source}"));

        var second = Assert.Single(await teams.PostAsync(scene.WithFile(scene.Manager, "import roster", "roster-december-again.csv", csv)));
        Assert.Contains("Roster imported for 2026-11, 2026-12: 0 shifts added, 0 removed, 3 unchanged.", second.CardText, StringComparison.Ordinal);
        Assert.Equal(5, await teams.WithDbAsync(db => db.Shifts.CountAsync()));
        Assert.Equal(2, await teams.WithDbAsync(db => db.Audit.CountAsync(a => a.Action == RosterImport.AuditAction && a.Actor == scene.Manager.AadObjectId)));

        var week = Assert.Single(await teams.PressAsync(scene.Manager, second, "Open the roster"));
        Assert.Contains("Roster, week 2026-W49", week.CardText, StringComparison.Ordinal);
        Assert.Contains("Zhou Min · 12:00–20:00 (8 h)", week.CardText, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_roster_file_with_mistakes_lists_every_problem_by_line_and_imports_nothing()
    {
        await using var scene = await StaffingScene.StartAsync();
        var teams = scene.Teams;
        await teams.WithDbAsync(db =>
        {
            db.Staff.Add(new FrontDesk.Data.Directory.StaffMember { Name = "Li Na", Email = "li.na2@building.com", Role = FrontDesk.Data.Directory.StaffRole.Staff, AddedAt = StaffingScene.Start });
            return db.SaveChangesAsync();
        });
        const string csv = "staff,email,date,start,end\n" +
                           ",li.na@building.com,2026-12-01,08:00,16:00\n" +      // 2: fine
                           ",nobody@building.com,2026-12-01,08:00,16:00\n" +     // 3: not on the staff list
                           "Li Na,,2026-12-02,08:00,16:00\n" +                   // 4: two staff are called Li Na
                           ",li.na@building.com,2026-12-32,08:00,16:00\n" +      // 5: no such date
                           ",li.na@building.com,2026-12-02,8h,16:00\n" +         // 6: not a time
                           ",li.na@building.com,2026-12-02,16:00,08:00\n" +      // 7: ends before it starts
                           ",li.na@building.com,2026-12-01,12:00,20:00\n" +      // 8: overlaps line 2
                           ",li.na@building.com,2026-12-01,08:00,16:00\n" +      // 9: the same as line 2
                           ",,2026-12-03,08:00,16:00\n" +                        // 10: nobody named
                           ",zhou.min@building.com,,08:00,16:00\n";              // 11: no date

        var reply = Assert.Single(await teams.PostAsync(scene.WithFile(scene.Manager, "", "roster.csv", csv)));

        var lines = reply.CardText.Split('\n');
        Assert.Equal(
            ["Nothing was imported. Problems to fix: 9.",
             "Line 3: \"nobody@building.com\" is not on the desk's staff list.",
             "Line 4: more than one staff member is called \"Li Na\": use the email.",
             "Line 5: \"2026-12-32\" in \"date\" is not a date (write 2026-12-07).",
             "Line 6: \"8h\" in \"start\" is not a time (write 08:30).",
             "Line 7: the shift ends at 08:00, which is not after it starts.",
             "Line 8: overlaps the shift on line 2 for the same person.",
             "Line 9: the same shift as line 2.",
             "Line 10: \"staff\" is empty.",
             "Line 11: \"date\" is empty."],
            lines.Skip(1).Take(10));
        Assert.Equal(0, await teams.WithDbAsync(db => db.Shifts.CountAsync()));

        var columns = Assert.Single(await teams.PostAsync(scene.WithFile(scene.Manager, "导入排班", "排班.csv", "邮箱,日期,开始\nli.na@building.com,2026-12-01,08:00\n", "zh-CN")));
        Assert.Contains("未导入任何内容。需要修正的问题：1 个。", columns.CardText, StringComparison.Ordinal);
        Assert.Contains("第 1 行：缺少“结束”列。", columns.CardText, StringComparison.Ordinal);

        // Desk staff may import the directory but not the roster; "import roster" alone says how.
        Assert.Equal("Only managers can import the roster.", Assert.Single(await teams.PostAsync(scene.WithFile(scene.Desk, "", "roster-2.csv", csv))).Text);
        var help = await teams.OpenAsync(scene.Manager, "import roster");
        Assert.Contains("Import a roster", help.CardText, StringComparison.Ordinal);
        Assert.Contains("email,date,start,end", help.CardText, StringComparison.Ordinal);
        Assert.Contains("邮箱,日期,开始,结束", (await teams.OpenAsync(scene.Manager, "导入排班", "zh-CN")).CardText, StringComparison.Ordinal);
    }
}
