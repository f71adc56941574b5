using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Training;

// What staff and managers read about sessions: the upcoming list with its Sign up buttons (a manager's also with
// Change and Cancel), one's own places, a manager's confirmation. Everything typed is escaped.
public static class TrainingCards
{
    public static AdaptiveCard Saved(Texts t, TrainingSessionView s, bool changed, bool again, int told)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t[changed ? "training.saved.changedTitle" : "training.saved.title"]));
        if (again)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = t[changed ? "training.saved.unchanged" : "training.saved.again"], Wrap = true, Color = AdaptiveTextColor.Warning });
        }
        card.Body.Add(Topic(s));
        card.Body.Add(Facts(t, s, cost: true));
        if (changed && !again)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = told == 0 ? t["training.saved.toldNobody"] : t.Format("training.saved.told", told), Wrap = true, Color = AdaptiveTextColor.Good });
        }
        card.Actions.Add(TrainingActions.List.Button(t["training.list.button"]));
        return card;
    }

    // manager: adds Change and Cancel to each session and New session to the card.
    public static AdaptiveCard Sessions(Texts t, IReadOnlyList<TrainingSessionView> sessions, TrainingNotice? notice, bool manager)
    {
        var card = FormParts.NewCard(t.Language);
        AddNotice(card, notice);
        card.Body.Add(FormParts.Heading(sessions.Count == 0 ? t["training.list.none"] : t.Format("training.list.title", sessions.Count)));
        if (sessions.Count > 0)
        {
            card.Body.Add(FormParts.Paragraph(t["training.list.intro"], subtle: true));
        }
        foreach (var s in sessions)
        {
            var buttons = new List<AdaptiveAction> { PlaceButton(t, s, fromList: true) };
            if (manager)
            {
                buttons.Add(TrainingActions.ChangeSession.Button(t["training.list.change"], (TrainingFormCards.SessionField, s.Id)));
                buttons.Add(new AdaptiveShowCardAction { Title = t["training.list.cancelSession"], Card = CancelCard(t, s) });
            }
            var items = new List<AdaptiveElement>
            {
                Topic(s),
                Facts(t, s, cost: manager),
            };
            if (MineLine(t, s) is { } mine)
            {
                items.Add(mine);
            }
            items.Add(new AdaptiveActionSet { Actions = buttons });
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        card.Actions.Add(TrainingActions.Mine.Button(t["training.mine.button"]));
        if (manager)
        {
            card.Actions.Add(TrainingActions.OpenNew.Button(t["training.form.title"]));
        }
        return card;
    }

    // attended: the sessions of this quarter the person was marked present at ("Etiquette, Tue 3 Nov").
    public static AdaptiveCard Mine(Texts t, IReadOnlyList<TrainingSessionView> places, string quarter, IReadOnlyList<string> attended, TrainingNotice? notice)
    {
        var card = FormParts.NewCard(t.Language);
        AddNotice(card, notice);
        card.Body.Add(FormParts.Heading(places.Count == 0 ? t["training.mine.none"] : t.Format("training.mine.title", places.Count)));
        foreach (var s in places)
        {
            card.Body.Add(new AdaptiveContainer
            {
                Separator = true,
                Items =
                [
                    Topic(s),
                    Facts(t, s, cost: false),
                    MineLine(t, s)!,
                    new AdaptiveActionSet { Actions = [PlaceButton(t, s, fromList: false)] },
                ],
            });
        }
        card.Body.Add(new AdaptiveTextBlock
        {
            Text = attended.Count == 0 ? t.Format("training.mine.notYet", quarter) : t.Format("training.mine.attended", quarter, string.Join(t["training.status.lines"], attended.Select(CardText.Escape))),
            Wrap = true,
            Separator = true,
            Color = attended.Count == 0 ? AdaptiveTextColor.Warning : AdaptiveTextColor.Good,
        });
        card.Actions.Add(TrainingActions.List.Button(t["training.list.button"]));
        return card;
    }

    // The topic above the facts (which carry the time).
    private static AdaptiveTextBlock Topic(TrainingSessionView s) =>
        new() { Text = $"**{CardText.Escape(s.Topic)}**", Wrap = true, Size = AdaptiveTextSize.Medium };

    internal static AdaptiveFactSet Facts(Texts t, TrainingSessionView s, bool cost)
    {
        var facts = new List<AdaptiveFact>
        {
            new(t["training.fact.when"], s.When),
            new(t["training.fact.place"], CardText.Escape(s.Place)),
            new(t["training.fact.trainer"], CardText.Escape(s.Trainer)),
            new(t["training.fact.seats"], Seats(t, s)),
        };
        if (cost)
        {
            facts.Add(new(t["training.fact.cost"], s.Cost));
        }
        return new AdaptiveFactSet { Facts = facts };
    }

    private static string Seats(Texts t, TrainingSessionView s)
    {
        var seats = s.SeatsLeft > 0 ? t.Format("training.seats.left", s.SeatsLeft, s.Capacity) : t["training.seats.full"];
        return s.Waiting > 0 ? t.Format("training.seats.waiting", seats, s.Waiting) : seats;
    }

    private static AdaptiveTextBlock? MineLine(Texts t, TrainingSessionView s) => s.Mine switch
    {
        MyPlace.SignedUp => new AdaptiveTextBlock { Text = t["training.mine.signedUp"], Wrap = true, Color = AdaptiveTextColor.Good, Weight = AdaptiveTextWeight.Bolder },
        MyPlace.Waiting => new AdaptiveTextBlock { Text = t.Format("training.mine.waiting", s.Position), Wrap = true, Color = AdaptiveTextColor.Warning, Weight = AdaptiveTextWeight.Bolder },
        _ => null,
    };

    // Sign up, or the waiting list when full; for one's own place, giving it up (fromList: the answer is the list again).
    private static AdaptiveSubmitAction PlaceButton(Texts t, TrainingSessionView s, bool fromList) => s.Mine switch
    {
        MyPlace.None => FormParts.Submit(t[s.SeatsLeft > 0 ? "training.list.signUp" : "training.list.joinWaiting"], TrainingActions.SignUp, (TrainingFormCards.SessionField, s.Id)),
        var mine when fromList => TrainingActions.GiveUp.Button(t[GiveUpTitle(mine)], (TrainingFormCards.SessionField, s.Id), (TrainingFormCards.FromField, TrainingFormCards.FromList)),
        var mine => TrainingActions.GiveUp.Button(t[GiveUpTitle(mine)], (TrainingFormCards.SessionField, s.Id)),
    };

    private static string GiveUpTitle(MyPlace mine) => mine == MyPlace.Waiting ? "training.mine.leaveWaiting" : "training.mine.cancel";

    private static AdaptiveCard CancelCard(Texts t, TrainingSessionView s)
    {
        // No lang of its own: a shown card inherits the outer one's, and the official library rejects a second lang.
        var card = FormParts.NewCard(null);
        card.Body.Add(FormParts.Paragraph(t.Format("training.cancel.confirm", CardText.Escape(s.Topic), s.When, s.Taken + s.Waiting)));
        card.Body.Add(new AdaptiveTextInput
        {
            Id = TrainingFormCards.ReasonPrefix + s.Id.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Label = t["training.cancel.reason"],
            MaxLength = TrainingFormCards.ReasonLength,
        });
        var button = TrainingActions.CancelSession.Button(t["training.cancel.button"], (TrainingFormCards.SessionField, s.Id));
        button.Style = AdaptiveActionStyle.Destructive;
        card.Actions.Add(button);
        return card;
    }

    internal static void AddNotice(AdaptiveCard card, TrainingNotice? notice)
    {
        if (notice is not null)
        {
            card.Body.Add(new AdaptiveTextBlock { Text = notice.Text, Wrap = true, Weight = AdaptiveTextWeight.Bolder, Color = notice.Good ? AdaptiveTextColor.Good : AdaptiveTextColor.Warning });
        }
    }
}
