using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Mail;

// What people read about mail: the desk's confirmation, the recipient's notice, "my mail", an item's
// history, the desk's board. Every name, note or number someone typed is escaped.
public static class MailCards
{
    public static AdaptiveCard Logged(Texts t, string recipient, IReadOnlyList<MailItemView> items, bool again, bool urgent, int batchMinutes)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("mail.logged.title", CardText.Escape(recipient))));
        if (again)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["mail.logged.again"], Wrap = true, Color = AdaptiveTextColor.Warning });
        }
        card.Body.Add(Facts(items.Select(i => (i.Serial, Describe(t, i)))));
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = urgent ? t["mail.logged.urgent"] : t.Format("mail.logged.batched", batchMinutes),
            Wrap = true,
            Color = AdaptiveTextColor.Good,
        });
        return card;
    }

    // kind: "urgent", "batch", "overdue" or "newCode".
    public static AdaptiveCard Notice(Texts t, string kind, IReadOnlyList<MailItemView> items, string? code, string building, int deadlineHours)
    {
        var card = FormParts.NewCard(t.Language);
        var first = items[0];
        card.Body.Add(FormParts.Heading(kind switch
        {
            "urgent" => t.Format("mail.notice.urgent", first.Serial),
            "overdue" => t.Format("mail.notice.overdue", deadlineHours, first.Serial),
            "newCode" => t.Format("mail.notice.newCode", first.Serial),
            _ => t.Format("mail.notice.batch", items.Count),
        }));
        card.Body.Add(FormParts.Paragraph(t.Format("mail.notice.forCompany", Recipient(first)), subtle: true));
        foreach (var item in items)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = $"**{item.Serial}** · {Describe(t, item)}", Wrap = true },
                    FormParts.Paragraph(t.Format("mail.notice.since", item.ReceivedAt), subtle: true),
                ],
            });
        }
        var shelf = first.Shelf;
        card.Body.Add(FormParts.Paragraph(string.IsNullOrEmpty(shelf)
            ? t.Format("mail.notice.whereNoShelf", CardText.Escape(building))
            : t.Format("mail.notice.where", CardText.Escape(building), CardText.Escape(shelf))));
        if (code is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t.Format("mail.notice.code", code), Wrap = true, Size = AdaptiveTextSize.Medium });
        }
        if (kind == "newCode")
        {
            card.Body.Add(FormParts.Paragraph(t["mail.notice.oldCodeVoid"], subtle: true));
        }
        if (kind == "overdue")
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["mail.notice.overdueHint"], Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        return card;
    }

    public static AdaptiveCard Mine(Texts t, IReadOnlyList<MailItemView> items)
    {
        var card = FormParts.NewCard(t.Language);
        if (items.Count == 0)
        {
            card.Body.Add(FormParts.Heading(t["mail.mine.none"]));
            return card;
        }
        card.Body.Add(FormParts.Heading(t.Format("mail.mine.title", items.Count)));
        foreach (var item in items)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock { Text = $"**{item.Serial}** · {Describe(t, item)}", Wrap = true },
                    FormParts.Paragraph($"{Recipient(item)} · {t[$"mail.status.{item.Status}"]} · {t.Format("mail.notice.since", item.ReceivedAt)}", subtle: true),
                ],
            });
        }
        card.Body.Add(FormParts.Paragraph(t["mail.mine.codeHint"], subtle: true));
        card.Actions.Add(MailActions.NewCode.Button(t["mail.mine.newCode"]));
        return card;
    }

    // The item and its history; for the desk, with the ways to close it.
    public static AdaptiveCard Item(Texts t, MailItemView item, IReadOnlyList<MailHistoryView> history, bool deskActions, FormValues form, int deadlineHours)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("mail.item.title", item.Serial)));
        if (item.Overdue)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t.Format("mail.item.overdue", deadlineHours), Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        if (item.Locked)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["mail.item.locked"], Wrap = true, Color = AdaptiveTextColor.Attention });
        }
        var facts = new List<(string, string)>
        {
            (t["mail.item.recipient"], Recipient(item)),
            (t["mail.item.kind"], Describe(t, item)),
            (t["mail.item.status"], t[$"mail.status.{item.Status}"]),
            (t["mail.item.received"], item.ReceivedAt),
        };
        Optional(facts, t["mail.item.carrier"], item.Carrier);
        Optional(facts, t["mail.item.tracking"], item.Tracking);
        Optional(facts, t["mail.item.shelf"], item.Shelf);
        Optional(facts, t["mail.item.notes"], item.Notes);
        if (item.Urgent)
        {
            facts.Add((t["mail.item.urgent"], t["mail.item.yes"]));
        }
        card.Body.Add(Facts(facts));
        card.Body.Add(new AdaptiveTextBlock { Text = t["mail.item.history"], Weight = AdaptiveTextWeight.Bolder, Separator = true });
        foreach (var h in history)
        {
            var line = h.Actor is null
                ? t.Format("mail.item.historyAuto", h.At, t[$"mail.event.{h.Event}"])
                : t.Format("mail.item.historyLine", h.At, t[$"mail.event.{h.Event}"], CardText.Escape(h.Actor));
            var details = h.Late ? t.Format("mail.item.historyLate", CardText.Escape(h.Details ?? "")).Trim() : CardText.Escape(h.Details ?? "");
            card.Body.Add(FormParts.Paragraph(details.Length == 0 ? line : $"{line} · {details}", subtle: true));
        }
        if (deskActions)
        {
            if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
            {
                card.Body.Add(summary);
            }
            card.Body.AddRange(FormParts.WithError(MailFormCards.Text(MailFormCards.CodeField, t["mail.item.code"], form, 20, false, t), form));
            card.Body.AddRange(FormParts.WithError(MailFormCards.Text(MailFormCards.WhoField, t["mail.item.who"], form, 100, false, t), form));
            var serial = (MailFormCards.SerialField, item.Serial);
            var from = (MailFormCards.FromField, MailFormCards.FromItem);
            card.Actions.Add(MailActions.PickUp.Button(t["mail.item.pickUp"], serial, from));
            card.Actions.Add(MailActions.Deliver.Button(t["mail.item.deliver"], serial, from));
            card.Actions.Add(MailActions.Return.Button(t["mail.item.return"], serial, from));
            if (item.Locked)
            {
                card.Actions.Add(MailActions.Unlock.Button(t["mail.item.unlock"], serial, from));
            }
        }
        return card;
    }

    public static AdaptiveCard Board(Texts t, IReadOnlyList<MailItemView> items, int total)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(total == 0 ? t["mail.board.none"] : t.Format("mail.board.title", total)));
        if (total > items.Count)
        {
            card.Body.Add(FormParts.Paragraph(t.Format("mail.board.more", items.Count, total), subtle: true));
        }
        foreach (var item in items)
        {
            var tags = new List<string>();
            if (item.Overdue)
            {
                tags.Add($"**{t["mail.board.overdue"]}**");
            }
            if (item.Locked)
            {
                tags.Add(t["mail.item.locked"]);
            }
            if (!item.Notified)
            {
                tags.Add(t["mail.board.notNotified"]);
            }
            var container = new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock
                    {
                        Text = t.Format("mail.board.line", $"**{item.Serial}**", Recipient(item), Describe(t, item), item.Age),
                        Wrap = true,
                        Color = item.Overdue ? AdaptiveTextColor.Attention : AdaptiveTextColor.Default,
                    },
                ],
            };
            if (tags.Count > 0)
            {
                container.Items.Add(new AdaptiveTextBlock { Text = string.Join(" · ", tags), Wrap = true, Color = AdaptiveTextColor.Attention, Spacing = AdaptiveSpacing.None });
            }
            container.Items.Add(new AdaptiveActionSet { Actions = [MailActions.Show.Button(t.Format("mail.board.open", item.Serial), (MailFormCards.SerialField, item.Serial))] });
            card.Body.Add(container);
        }
        return card;
    }

    // A read-only result that replaces a submitted form.
    public static AdaptiveCard Message(Texts t, string heading, string message, bool good)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(heading));
        card.Body.Add(new AdaptiveTextBlock { Text = message, Wrap = true, Color = good ? AdaptiveTextColor.Good : AdaptiveTextColor.Warning });
        return card;
    }

    public static string Describe(Texts t, MailItemView item)
    {
        var kind = item.Count > 1 ? t.Format("mail.logged.line", t[$"mail.kind.{item.Kind}"], item.Count) : t[$"mail.kind.{item.Kind}"];
        return string.IsNullOrEmpty(item.Carrier) ? kind : $"{kind} · {CardText.Escape(item.Carrier)}";
    }

    private static string Recipient(MailItemView item) => CardText.NameAndCompany(item.Recipient, item.Company);

    private static void Optional(List<(string, string)> facts, string title, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            facts.Add((title, CardText.Escape(value)));
        }
    }

    private static AdaptiveFactSet Facts(IEnumerable<(string Title, string Value)> facts) =>
        new() { Facts = [.. facts.Select(f => new AdaptiveFact(f.Title, f.Value))] };
}
