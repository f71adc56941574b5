using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Channels.Teams;

// "help" / "帮助": what this user's role may do, each with a button that starts it.
public sealed class HelpTask(IServiceProvider services) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [HelpActions.Show];

    public bool IsFor(Person person) => true;

    public bool Matches(TeamsTurn turn, string text) =>
        (text.Length == 0 && turn.Activity.Attachments is not { Count: > 0 }) || Shortcut.Matches(text, "help", "menu", "hi", "hello", "start", "?", "帮助", "菜单", "你好", "开始");

    public HelpEntry? Help(Texts texts, Person person) => null;

    public Task OnTextAsync(TeamsTurn turn, string text, CancellationToken ct) => ShowAsync(turn, null, ct);

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => ShowAsync(turn, null, ct);

    public async Task ShowAsync(TeamsTurn turn, string? notice, CancellationToken ct)
    {
        var t = turn.Texts;
        var person = turn.Person;
        // The task list is resolved lazily: the tasks themselves include this one.
        var entries = services.GetServices<ITeamsTask>()
            .Where(task => task.IsFor(person))
            .Select(task => task.Help(t, person))
            .OfType<HelpEntry>()
            .ToList();
        var who = person.Role == Role.Unlinked
            ? (person.Email is null ? t["help.unlinked"] : t.Format("help.unlinkedEmail", CardText.Escape(person.Email)))
            : t.Format("help.signedInAs", CardText.Escape(person.Name), RoleLine(t, person));
        await turn.SendCardAsync(HelpCard.Build(t, who, notice, entries), ct);
    }

    private static string RoleLine(Texts t, Person person) =>
        person.CompanyName is null
            ? t[$"role.{person.Role}"]
            : t.Format("help.memberOf", CardText.Escape(person.CompanyName));
}
