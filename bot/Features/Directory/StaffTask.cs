using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Directory;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Directory;

// Managers add front-desk staff and managers ("add staff" / "添加员工"); staff see the list ("staff" / "员工").
public sealed class StaffTask(People people) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [DirectoryActions.OpenStaffForm, DirectoryActions.ListStaff, DirectoryActions.SaveStaff];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string text) => IsAdd(text) || IsList(text);

    public HelpEntry? Help(Texts texts, Person person) => person.Role == Role.Manager
        ? new(texts["staff.help.title"], texts["staff.help.description"], texts["staff.help.typed"], DirectoryActions.OpenStaffForm)
        : new(texts["staff.help.listTitle"], texts["staff.help.listDescription"], texts["staff.help.listTyped"], DirectoryActions.ListStaff);

    public async Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct)
    {
        if (IsAdd(text))
        {
            await StartAsync(turn, ct);
            return;
        }
        var staff = await people.ListStaffAsync(ct);
        await turn.SendCardAsync(StaffCards.List(turn.Texts, [.. staff.Select(s => new StaffCards.StaffLine(s.Name, s.Email, s.Role == StaffRole.Manager))]), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == DirectoryActions.ListStaff)
        {
            await OnTextAsync(turn, "staff", ct);
            return;
        }
        if (action == DirectoryActions.OpenStaffForm)
        {
            await StartAsync(turn, ct);
            return;
        }
        if (turn.Person.Role != Role.Manager)
        {
            await turn.SendAsync(turn.Texts["staff.managersOnly"], ct);
            return;
        }
        var form = Read(data);
        Validate(form, turn.Texts);
        if (!form.IsValid)
        {
            await turn.ReplaceSubmittedCardAsync(StaffCards.Form(turn.Texts, form), ct);
            return;
        }
        var role = Enum.Parse<StaffRole>(form[StaffCards.RoleField]);
        var change = await people.SaveStaffAsync(form[StaffCards.NameField], form[StaffCards.EmailField], role, turn.Actor, ct);
        var message = turn.Texts.Format($"staff.saved.{change}",
            CardText.Escape(form[StaffCards.NameField]), CardText.Escape(People.NormalizeEmail(form[StaffCards.EmailField])), turn.Texts[$"role.{role}"]);
        await turn.ReplaceSubmittedCardAsync(StaffCards.Saved(turn.Texts, message), ct);
    }

    private static async Task StartAsync(TeamsTurn turn, CancellationToken ct)
    {
        if (turn.Person.Role != Role.Manager)
        {
            await turn.SendAsync(turn.Texts["staff.managersOnly"], ct);
            return;
        }
        await turn.SendCardAsync(StaffCards.Form(turn.Texts, FormValues.Empty), ct);
    }

    private static FormValues Read(JObject data) => FormValues.Read(data, [StaffCards.NameField, StaffCards.EmailField, StaffCards.RoleField]);

    private static void Validate(FormValues form, Texts t)
    {
        var name = form[StaffCards.NameField];
        if (name.Length == 0)
        {
            form.AddError(StaffCards.NameField, t["form.required"]);
        }
        else if (name.Length > 100)
        {
            form.AddError(StaffCards.NameField, t.Format("form.tooLong", 100));
        }
        if (!EmailAddress.IsValid(form[StaffCards.EmailField]))
        {
            form.AddError(StaffCards.EmailField, t["form.badEmail"]);
        }
        if (form[StaffCards.RoleField] is not ("Staff" or "Manager"))
        {
            form.AddError(StaffCards.RoleField, t["form.pickOne"]);
        }
    }

    private static bool IsAdd(string text) => Shortcut.Matches(text, "add staff", "添加员工", "添加前台");

    private static bool IsList(string text) => Shortcut.Matches(text, "staff", "员工", "前台人员");
}
