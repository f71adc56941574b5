using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Tests.Cards;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.DependencyInjection;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Tests.Channels.Teams;

// Every button of every Teams card, pressed with the data it really carries, must reach a task of the card's
// own feature that accepts it for every role the card is sent to: never the help card, never another feature.
public class EveryButtonTests
{
    private static readonly Person Tenant = new(Role.Tenant, "Ann Lee", "ann@harbour.example", 1, null, 1, "Harbour Logistics");
    private static readonly Person Staff = new(Role.Staff, "Li Na", "li.na@building.example", null, 1, null, null);
    private static readonly Person Manager = new(Role.Manager, "Wei Zhang", "wei@building.example", null, 2, null, null);
    private static readonly Person Unlinked = new(Role.Unlinked, "Sam Ray", "sam@elsewhere.example", null, null, null, null);

    // Who each card is sent to, by its builder (class.method); the first match wins.
    private static readonly (string Prefix, Person[] Roles)[] Audience =
    [
        ("MailCards.Notice", [Tenant]),
        ("MailCards.Mine", [Tenant]),
        ("MailCards.Item.tenant", [Tenant]),
        ("MailCards.", [Staff, Manager]),
        ("MailFormCards.", [Staff, Manager]),
        ("ImportCards.", [Staff, Manager]),
        ("StaffCards.List", [Staff, Manager]),
        ("StaffCards.", [Manager]),
        ("HostCards.", [Tenant]),
        ("InviteCards.", [Tenant]),
        ("CompanyVisitCards.", [Tenant]),
        ("DeskCards.", [Staff, Manager]),
        ("DeskServeCards.", [Staff, Manager]),
        ("CallCards.Notice", [Tenant]),
        ("CallCards.Mine", [Tenant]),
        ("CallCards.Item.tenant", [Tenant]),
        ("CallCards.", [Staff, Manager]),
        ("CallFormCards.", [Staff, Manager]),
        ("AnswerTimeCards.", [Staff, Manager]),
        ("FeedbackFormCards.ForMember", [Tenant]),
        ("FeedbackFormCards.ForDesk", [Staff, Manager]),
        ("FeedbackCards.Saved", [Tenant, Staff, Manager]),
        ("FeedbackCards.Mine", [Tenant, Staff, Manager]),
        ("FeedbackCards.", [Manager]),
        ("FeedbackSummaryCard.", [Manager]),
        ("AssessmentCards.Detail", [Staff, Manager]),
        ("AssessmentCards.", [Manager]),
        ("DailySummaryCard.", [Manager]),
        ("WeeklyReportCard.", [Manager]),
        ("TrainingCards.Sessions.manager", [Manager]),
        ("TrainingCards.Saved", [Manager]),
        ("TrainingCards.", [Staff, Manager]),
        ("TrainingFormCards.", [Manager]),
        ("TrainingNoticeCards.QuarterManagers", [Manager]),
        ("TrainingNoticeCards.", [Staff, Manager]),
        ("AttendanceCards.", [Manager]),
        ("TrainingStatusCards.", [Manager]),
        // Sent to the rules owner (any staff member Supervision:RulesOwner names) or the managers.
        ("RulesReviewCards.", [Manager]),
        ("RulesHistoryCards.", [Manager]),
        ("TrafficCard.", [Staff, Manager]),
        ("RosterCards.", [Manager]),
        ("ShiftFormCard.", [Manager]),
        ("StaffingCards.", [Manager]),
        ("ForgetCards.", [Manager]),
        ("AuditLogCards.", [Manager]),
    ];

    [Fact]
    public async Task Every_button_reaches_a_task_of_its_feature_that_accepts_it_for_the_cards_audience()
    {
        await using var app = new FrontDeskApp();
        var router = app.Services.GetRequiredService<TeamsRouter>();
        var checkedButtons = 0;
        foreach (var (name, card) in SampleCards.All())
        {
            var builder = name.Split(' ')[0];
            if (builder.StartsWith("HelpCard.", StringComparison.Ordinal) || IsKiosk(builder))
            {
                continue;
            }
            var roles = Audience.FirstOrDefault(a => builder.StartsWith(a.Prefix, StringComparison.Ordinal)).Roles;
            Assert.True(roles is not null, $"Say who receives {builder} in EveryButtonTests.Audience.");
            foreach (var (action, _, _) in CardButton.Buttons(JObject.Parse(card.ToJson()), []))
            {
                var data = Assert.IsType<JObject>(action["data"]);
                var route = router.Route(data);
                Assert.True(route is not null, $"{name}: '{action["title"]}' sends {data.ToString(Newtonsoft.Json.Formatting.None)}, which no task handles.");
                Assert.Equal(FeatureOf(CardType(builder)), FeatureOf(route.Value.Task.GetType()));
                foreach (var person in roles)
                {
                    Assert.True(route.Value.Task.IsFor(person), $"{name}: '{action["title"]}' reaches {route.Value.Task.GetType().Name}, which refuses a {person.Role}.");
                }
                checkedButtons++;
            }
        }
        Assert.True(checkedButtons > 30, $"Only {checkedButtons} buttons were found: are the samples there?");
    }

    [Fact]
    public async Task Every_help_button_starts_a_task_the_person_may_use()
    {
        await using var app = new FrontDeskApp();
        var router = app.Services.GetRequiredService<TeamsRouter>();
        var tasks = app.Services.GetServices<ITeamsTask>().ToList();
        foreach (var language in Catalog.Languages)
        {
            var t = Catalog.Default.For(language);
            foreach (var person in new[] { Tenant, Staff, Manager, Unlinked })
            {
                var entries = tasks.Where(task => task.IsFor(person)).Select(task => task.Help(t, person)).OfType<HelpEntry>().ToList();
                var card = JObject.Parse(HelpCard.Build(t, person.Name, null, entries).ToJson());
                var buttons = CardButton.Buttons(card, []).ToList();
                Assert.Equal(entries.Count, buttons.Count);
                foreach (var (action, _, _) in buttons)
                {
                    var route = router.Route((JObject)action["data"]!);
                    Assert.True(route is not null, $"The help button '{action["title"]}' for a {person.Role} reaches no task.");
                    Assert.IsNotType<HelpTask>(route.Value.Task);
                    Assert.True(route.Value.Task.IsFor(person), $"The help button '{action["title"]}' reaches {route.Value.Task.GetType().Name}, which refuses a {person.Role}.");
                }
            }
        }
    }

    // The kiosk's cards go to the kiosk's router: every button names a flow, and a form's button a step of it.
    [Fact]
    public void Every_kiosk_button_names_a_flow_and_step_the_kiosk_handles()
    {
        var checkedButtons = 0;
        foreach (var (name, card) in SampleCards.All().Where(s => !s.Name.StartsWith("ObjectModel.", StringComparison.Ordinal) && IsKiosk(s.Name.Split(' ')[0])))
        {
            foreach (var (action, _, _) in CardButton.Buttons(JObject.Parse(card.ToJson()), []))
            {
                var data = Assert.IsType<JObject>(action["data"]);
                var flow = KioskActions.FlowOf((string?)data[KioskAction.FlowKey]);
                Assert.True(flow != KioskFlow.Unknown, $"{name}: '{action["title"]}' names no kiosk flow.");
                if (data[KioskAction.StepKey] is { } step)
                {
                    Assert.True(KioskActions.StepOf(flow, (string?)step) is not null, $"{name}: '{action["title"]}' names step '{step}', which {flow} does not have.");
                }
                checkedButtons++;
            }
        }
        Assert.True(checkedButtons > 10, $"Only {checkedButtons} kiosk buttons were found: are the samples there?");
    }

    [Fact]
    public async Task The_mail_log_cards_own_Save_button_logs_the_item()
    {
        await using var teams = new TeamsHarness();
        var desk = await teams.AddStaffAsync("Desk Zhou", "desk@building.com", Data.Directory.StaffRole.Staff);
        await teams.AddTenantAsync("Contoso", "Wang Wei", "wang.wei@contoso.com");
        await teams.SayAsync(desk, "hi");

        var form = await teams.OpenAsync(desk, "log mail");
        var saved = Assert.Single(await teams.PressAsync(desk, form, "Log", new() { ["recipient"] = "Wang Wei", ["kind1"] = "Parcel" }),
            c => c.ConversationId == desk.ConversationId);

        Assert.Contains("Mail logged for Wang Wei (Contoso)", saved.CardText, StringComparison.Ordinal);
        Assert.Equal("Wang Wei", await teams.WithDbAsync(db => Microsoft.EntityFrameworkCore.EntityFrameworkQueryableExtensions.SingleAsync(
            db.MailItems.Select(m => m.RecipientName))));
    }

    private static bool IsKiosk(string builder) =>
        builder.StartsWith("ObjectModel.", StringComparison.Ordinal) || builder.StartsWith("FeedbackFormCards.ForVisitor", StringComparison.Ordinal)
        || CardType(builder).Namespace is "FrontDesk.Cards.Lobby" or "FrontDesk.Cards.Visits.Kiosk";

    private static Type CardType(string builder)
    {
        var className = builder.Split('.')[0];
        return typeof(CardAction).Assembly.GetTypes().Single(t => t.Name == className);
    }

    // "FrontDesk.Cards.Mail" and "FrontDesk.Bot.Features.Mail" are both the feature "Mail".
    private static string FeatureOf(Type type) => type.Namespace!.Split('.')[^1] switch
    {
        "Kiosk" => "Visits",
        var last => last,
    };
}
