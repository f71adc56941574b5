using System.Text.RegularExpressions;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Calls;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Calls;
using FrontDesk.Data.Directory;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Calls;

// "my messages" / "我的留言": a member's open phone messages, their own and their company's; "message
// C-20261201-0001" / "留言 C-…" shows one message to anyone entitled to see it. Never another company's.
public sealed partial class MyMessagesTask(CallQueries queries, CallText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["my messages", "my phone messages", "我的留言", "我的电话留言"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [CallActions.Mine];

    public bool IsFor(Person person) => person.Role != Role.Unlinked;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases) || ReferenceQuery().IsMatch(typed);

    public HelpEntry? Help(Texts texts, Person person) => person.Role == Role.Tenant
        ? new(texts["calls.help.mineTitle"], texts["calls.help.mineDescription"], texts["calls.help.mineTyped"], CallActions.Mine)
        : null;

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        if (ReferenceQuery().Match(typed) is { Success: true } match)
        {
            await ShowAsync(turn, match.Groups["reference"].Value.ToUpperInvariant(), ct);
            return;
        }
        // "my messages Fabrikam": only the member's own company is theirs to see.
        var asked = Phrases.FirstOrDefault(p => typed.StartsWith(p + " ", StringComparison.OrdinalIgnoreCase)) is { } phrase ? typed[(phrase.Length + 1)..].Trim() : "";
        if (asked.Length > 0 && !string.Equals(asked, turn.Person.CompanyName, StringComparison.OrdinalIgnoreCase))
        {
            await turn.SendAsync(t.Format("calls.mine.otherCompany", CardText.Escape(turn.Person.CompanyName ?? turn.Person.Name)), ct);
            return;
        }
        await SendMineAsync(turn, ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => SendMineAsync(turn, ct);

    private async Task SendMineAsync(TeamsTurn turn, CancellationToken ct)
    {
        var messages = await queries.OpenForAsync(turn.Person, ct);
        await turn.SendCardAsync(CallCards.Mine(turn.Texts, [.. messages.Select(text.View)], null), ct);
    }

    private async Task ShowAsync(TeamsTurn turn, string reference, CancellationToken ct)
    {
        var message = await queries.FindAsync(turn.Person, reference, ct);
        if (message is null)
        {
            await turn.SendAsync(turn.Texts.Format("calls.item.notFound", reference), ct);
            return;
        }
        await turn.SendCardAsync(CallCards.Item(turn.Texts, text.View(message), CallQueries.MayAnswer(turn.Person, message)), ct);
    }

    [GeneratedRegex(@"^(?:(?:message|phone message|留言|电话留言)\s*)?(?<reference>C-\d{8}-\d{4,})$", RegexOptions.IgnoreCase)]
    private static partial Regex ReferenceQuery();
}
