using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Calls;

// What people read about phone messages: the desk's confirmation, the recipient's notice and reminder, a
// message looked up by its reference, a member's open messages, the desk's day. Everything typed is escaped.
public static class CallCards
{
    // notified: how many people were told in Teams (0: nobody could be, the desk was told instead).
    public static AdaptiveCard Saved(Texts t, PhoneMessageView m, bool again, int notified)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("calls.saved.title", m.Reference)));
        if (again)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["calls.saved.again"], Wrap = true, Color = AdaptiveTextColor.Warning });
        }
        card.Body.Add(Facts(t, m));
        card.Body.Add(MessageText(m));
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = notified == 0 ? t["calls.saved.unreachable"]
                : m.ForCompany ? t.Format("calls.saved.toCompany", CardText.Escape(m.Company), notified)
                : t.Format("calls.saved.toMember", CardText.Escape(m.Recipient)),
            Wrap = true,
            Color = notified == 0 ? AdaptiveTextColor.Attention : AdaptiveTextColor.Good,
        });
        return card;
    }

    // The recipient's card; a reminder when the urgent message waited too long. calledBack replaces the button.
    public static AdaptiveCard Notice(Texts t, PhoneMessageView m, bool reminder, int callBackMinutes, string? calledBack = null)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = reminder ? t.Format("calls.notice.reminder", callBackMinutes)
                : m.Urgent ? t["calls.notice.urgent"]
                : m.ForCompany ? t.Format("calls.notice.company", CardText.Escape(m.Company))
                : t["calls.notice.title"],
            Size = AdaptiveTextSize.Large,
            Weight = AdaptiveTextWeight.Bolder,
            Wrap = true,
            Color = m.Urgent ? AdaptiveTextColor.Attention : AdaptiveTextColor.Default,
        });
        Body(t, card, m, calledBack, button: calledBack is null);
        return card;
    }

    // A message looked up by its reference; the people it is for can mark it called back from here.
    public static AdaptiveCard Item(Texts t, PhoneMessageView m, bool mayAnswer)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t.Format("calls.item.title", m.Reference)));
        Body(t, card, m, m.Open ? null : CalledBackLine(t, m), button: mayAnswer && m.Open);
        return card;
    }

    public static AdaptiveCard Mine(Texts t, IReadOnlyList<PhoneMessageView> messages, string? notice)
    {
        var card = FormParts.NewCard(t.Language);
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice, Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Body.Add(FormParts.Heading(messages.Count == 0 ? t["calls.mine.none"] : t.Format("calls.mine.title", messages.Count)));
        foreach (var m in messages)
        {
            var items = new List<AdaptiveElement>
            {
                new AdaptiveTextBlock { Text = $"**{m.Reference}** · {m.TakenAt} · {Caller(m)}", Wrap = true, Color = m.Urgent ? AdaptiveTextColor.Attention : AdaptiveTextColor.Default },
                MessageText(m),
                FormParts.Paragraph(string.Join(" · ", Tags(t, m, forDesk: false)), subtle: true),
                new AdaptiveActionSet { Actions = [CalledBackButton(t, m, fromList: true)] },
            };
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        return card;
    }

    // The desk's day: every message taken today with its state, newest first.
    public static AdaptiveCard Today(Texts t, string day, IReadOnlyList<PhoneMessageView> messages, int total)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(total == 0 ? t.Format("calls.today.none", day) : t.Format("calls.today.title", day, total)));
        if (total > messages.Count)
        {
            card.Body.Add(FormParts.Paragraph(t.Format("calls.today.more", messages.Count, total), subtle: true));
        }
        foreach (var m in messages)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    new AdaptiveTextBlock
                    {
                        Text = t.Format("calls.today.line", $"**{m.Reference}**", m.TakenTime, Caller(m), CardText.NameAndCompany(m.Recipient, m.Company)),
                        Wrap = true,
                    },
                    MessageText(m, subtle: true),
                    new AdaptiveTextBlock
                    {
                        Text = string.Join(" · ", Tags(t, m, forDesk: true)),
                        Wrap = true,
                        Spacing = AdaptiveSpacing.None,
                        Color = m.Open && (!m.Notified || m.Reminded) ? AdaptiveTextColor.Attention : AdaptiveTextColor.Default,
                    },
                ],
            });
        }
        return card;
    }

    public static string CalledBackLine(Texts t, PhoneMessageView m) =>
        t.Format("calls.calledBack.line", m.CalledBackAt ?? "-", CardText.Escape(m.CalledBackBy));

    private static void Body(Texts t, AdaptiveCard card, PhoneMessageView m, string? calledBack, bool button)
    {
        card.Body.Add(Facts(t, m));
        card.Body.Add(MessageText(m));
        if (m.CallBack)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t["calls.notice.pleaseCallBack"], Wrap = true, Weight = AdaptiveTextWeight.Bolder });
        }
        if (calledBack is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = calledBack, Wrap = true, Color = AdaptiveTextColor.Good, Weight = AdaptiveTextWeight.Bolder });
        }
        if (button)
        {
            card.Actions.Add(CalledBackButton(t, m, fromList: false));
        }
    }

    private static AdaptiveSubmitAction CalledBackButton(Texts t, PhoneMessageView m, bool fromList)
    {
        var button = fromList
            ? CallActions.CalledBack.Button(t["calls.calledBack.button"], (CallFormCards.ReferenceField, m.Reference), (CallFormCards.FromField, CallFormCards.FromList))
            : CallActions.CalledBack.Button(t["calls.calledBack.button"], (CallFormCards.ReferenceField, m.Reference));
        button.Style = AdaptiveActionStyle.Positive;
        return button;
    }

    private static AdaptiveFactSet Facts(Texts t, PhoneMessageView m)
    {
        var facts = new List<AdaptiveFact> { new(t["calls.fact.caller"], CardText.Escape(m.CallerName)) };
        if (!string.IsNullOrEmpty(m.CallerCompany))
        {
            facts.Add(new(t["calls.fact.callerCompany"], CardText.Escape(m.CallerCompany)));
        }
        facts.Add(new(t["calls.fact.phone"], string.IsNullOrEmpty(m.CallerPhone) ? t["calls.fact.noPhone"] : CardText.Escape(m.CallerPhone)));
        facts.Add(new(t["calls.fact.for"], m.ForCompany ? t.Format("calls.fact.everyoneAt", CardText.Escape(m.Company)) : CardText.NameAndCompany(m.Recipient, m.Company)));
        facts.Add(new(t["calls.fact.urgent"], t[m.Urgent ? "common.yes" : "common.no"]));
        facts.Add(new(t["calls.fact.taken"], t.Format("calls.fact.takenBy", m.TakenAt, CardText.Escape(m.TakenBy))));
        facts.Add(new(t["calls.fact.reference"], m.Reference));
        return new AdaptiveFactSet { Facts = facts };
    }

    private static AdaptiveTextBlock MessageText(PhoneMessageView m, bool subtle = false) =>
        new() { Text = CardText.Escape(m.Message), Wrap = true, IsSubtle = subtle, Separator = !subtle };

    private static string Caller(PhoneMessageView m)
    {
        var who = CardText.NameAndCompany(m.CallerName, m.CallerCompany);
        return string.IsNullOrEmpty(m.CallerPhone) ? who : $"{who} · {CardText.Escape(m.CallerPhone)}";
    }

    private static IEnumerable<string> Tags(Texts t, PhoneMessageView m, bool forDesk)
    {
        if (m.Urgent)
        {
            yield return $"**{t["calls.tag.urgent"]}**";
        }
        if (m.CallBack)
        {
            yield return t["calls.tag.callBack"];
        }
        if (m.ForCompany && !forDesk)
        {
            yield return t.Format("calls.fact.everyoneAt", CardText.Escape(m.Company));
        }
        if (!m.Open)
        {
            yield return CalledBackLine(t, m);
            yield break;
        }
        yield return t["calls.tag.open"];
        if (forDesk && !m.Notified)
        {
            yield return t["calls.tag.unreachable"];
        }
        if (forDesk && m.Reminded)
        {
            yield return t["calls.tag.reminded"];
        }
    }
}
