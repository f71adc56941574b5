using System.Globalization;
using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Cards.Mail;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Mail;
using Microsoft.Extensions.Options;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Mail.MailFormCards;

namespace FrontDesk.Bot.Features.Mail;

// Staff log what arrived ("log mail" / "登记邮件"): recipient found with the directory's tolerant search,
// up to three items in one card, each with its own serial number.
public sealed class MailLogTask(DirectorySearch search, MailLog log, MailText text, IOptions<MailOptions> options) : ITeamsTask
{
    public IReadOnlyCollection<CardAction> Actions { get; } = [MailActions.OpenLog, MailActions.Log];

    public bool IsFor(Person person) => person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, "log mail", "登记邮件", "登记包裹");

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["mail.help.logTitle"], texts["mail.help.logDescription"], texts["mail.help.logTyped"], MailActions.OpenLog);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var form = new FormValues();
        foreach (var phrase in new[] { "log mail", "登记邮件", "登记包裹" })
        {
            if (typed.StartsWith(phrase + " ", StringComparison.OrdinalIgnoreCase))
            {
                form[F.RecipientField] = typed[(phrase.Length + 1)..].Trim();
            }
        }
        await turn.SendCardAsync(F.Log(turn.Texts, form, NewToken(), []), ct);
    }

    public async Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct)
    {
        if (action == MailActions.OpenLog)
        {
            await OnTextAsync(turn, "log mail", ct);
            return;
        }
        var t = turn.Texts;
        var token = FormValues.Text(data, F.TokenField) is { Length: > 0 and <= 64 } given ? given : NewToken();
        var form = FormValues.Read(data, Fields());
        var lines = ReadLines(form, t);
        CheckLength(form, F.ShelfField, 30, t);
        CheckLength(form, F.NotesField, 300, t);
        var (recipient, candidates) = await FindRecipientAsync(form, t, ct);
        if (!form.IsValid || recipient is null)
        {
            await turn.ReplaceSubmittedCardAsync(F.Log(t, form, token, candidates), ct);
            return;
        }
        var urgent = form[F.UrgentField] == "true";
        var result = await log.LogAsync(new MailLogRequest(token, recipient.CompanyId, recipient.Kind == MatchKind.Member ? recipient.Id : null, lines,
            urgent, Blank(form[F.ShelfField]), Blank(form[F.NotesField]), turn.Actor, turn.Person.Name), ct);
        var first = result.Items[0];
        var name = CardText.PlainNameAndCompany(first.RecipientName, first.CompanyName);
        await turn.ReplaceSubmittedCardAsync(MailCards.Logged(t, name, [.. result.Items.Select(i => text.View(t, i))],
            result.AlreadyLogged, first.Urgent, options.Value.BatchMinutes), ct);
    }

    private async Task<(DirectoryMatch? Match, IReadOnlyList<MailChoice> Candidates)> FindRecipientAsync(FormValues form, Texts t, CancellationToken ct)
    {
        var typed = form[F.RecipientField];
        if (typed.Length == 0)
        {
            form.AddError(F.RecipientField, t["form.required"]);
            return (null, []);
        }
        if (typed.Length > 100)
        {
            form.AddError(F.RecipientField, t.Format("form.tooLong", 100));
            return (null, []);
        }
        var matches = await search.FindAsync(typed, 8, ct);
        if (matches.Count == 0)
        {
            form.AddError(F.RecipientField, t.Format("mail.log.unknownRecipient", CardText.Escape(typed)));
            return (null, []);
        }
        if ((DirectoryMatch.Picked(matches, form[F.PickField]) ?? DirectoryMatch.Clear(matches)) is { } chosen)
        {
            return (chosen, []);
        }
        form.AddError(F.PickField, t["mail.log.severalMatch"]);
        form.AddError(F.RecipientField, t["mail.log.severalMatch"]);
        // Choice titles are plain text, not markdown: nothing to escape there.
        return (null, [.. matches.Select(m => new MailChoice(m.Key, m.Kind == MatchKind.Member
            ? t.Format("mail.log.pickPerson", m.Name, m.CompanyName)
            : t.Format("mail.log.pickCompany", m.Name)))]);
    }

    private static List<MailLine> ReadLines(FormValues form, Texts t)
    {
        var lines = new List<MailLine>();
        for (var line = 1; line <= F.Lines; line++)
        {
            var kindText = form[F.KindField(line)];
            if ((kindText.Length == 0 || kindText == F.NoItem) && line > 1)
            {
                continue;
            }
            if (!Enum.TryParse<MailKind>(kindText, out var kind) || !Enum.IsDefined(kind) || int.TryParse(kindText, out _))
            {
                form.AddError(F.KindField(line), line == 1 && kindText.Length == 0 ? t["mail.log.noLines"] : t["form.pickOne"]);
                continue;
            }
            var countText = form[F.CountField(line)];
            var count = 1;
            if (countText.Length > 0 && (!double.TryParse(countText, NumberStyles.Float, CultureInfo.InvariantCulture, out var n) || n != Math.Floor(n) || n is < 1 or > 999))
            {
                form.AddError(F.CountField(line), t["mail.log.countRange"]);
                continue;
            }
            if (countText.Length > 0)
            {
                count = (int)double.Parse(countText, CultureInfo.InvariantCulture);
            }
            CheckLength(form, F.CarrierField(line), 50, t);
            CheckLength(form, F.TrackingField(line), 60, t);
            lines.Add(new MailLine(kind, Blank(form[F.CarrierField(line)]), Blank(form[F.TrackingField(line)]), count));
        }
        return lines;
    }

    private static void CheckLength(FormValues form, string field, int max, Texts t)
    {
        if (form[field].Length > max)
        {
            form.AddError(field, t.Format("form.tooLong", max));
        }
    }

    private static IEnumerable<string> Fields()
    {
        yield return F.RecipientField;
        yield return F.PickField;
        yield return F.UrgentField;
        yield return F.ShelfField;
        yield return F.NotesField;
        for (var line = 1; line <= F.Lines; line++)
        {
            yield return F.KindField(line);
            yield return F.CarrierField(line);
            yield return F.TrackingField(line);
            yield return F.CountField(line);
        }
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;

    private static string NewToken() => Guid.NewGuid().ToString("N");
}
