using AdaptiveCards;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;

namespace FrontDesk.Cards.Mail;

// The desk's mail forms: logging items, handing them over by code.
public static class MailFormCards
{
    public const string RecipientField = "recipient";
    public const string PickField = "pick";
    public const string UrgentField = "urgent";
    public const string ShelfField = "shelf";
    public const string NotesField = "notes";
    public const string SerialField = "serial";
    public const string CodeField = "code";
    public const string WhoField = "who";
    public const string TokenField = "token";
    public const string FromField = "from";
    public const string FromItem = "item";

    // Lines 2 and up may stay empty; a choice needs a non-empty value, so "(no item)" has this one.
    public const string NoItem = "none";
    public const int Lines = 3;
    public static readonly string[] Kinds = ["Letter", "Document", "Parcel", "LargeParcel", "Perishable"];

    public static string KindField(int line) => $"kind{line}";

    public static string CarrierField(int line) => $"carrier{line}";

    public static string TrackingField(int line) => $"tracking{line}";

    public static string CountField(int line) => $"count{line}";

    // token identifies this card: submitting it twice logs once.
    public static AdaptiveCard Log(Texts t, FormValues form, string token, IReadOnlyList<MailChoice> candidates)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["mail.log.title"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(Text(RecipientField, t["mail.log.recipient"], form, 100, required: true, t, t["mail.log.recipientPlaceholder"]), form));
        if (candidates.Count > 0)
        {
            card.Body.Add(new AdaptiveChoiceSetInput
            {
                Id = PickField,
                Label = t["mail.log.pick"],
                Style = AdaptiveChoiceInputStyle.Expanded,
                Value = candidates.Any(c => c.Value == form[PickField]) ? form[PickField] : candidates[0].Value,
                Choices = [.. candidates.Select(c => new AdaptiveChoice { Title = c.Title, Value = c.Value })],
            });
        }
        for (var line = 1; line <= Lines; line++)
        {
            var items = new List<AdaptiveElement> { new AdaptiveTextBlock { Text = t.Format("mail.log.item", line), Weight = AdaptiveTextWeight.Bolder } };
            var kinds = Kinds.Select(k => new AdaptiveChoice { Title = t[$"mail.kind.{k}"], Value = k }).ToList();
            if (line > 1)
            {
                kinds.Insert(0, new AdaptiveChoice { Title = t["mail.log.noItem"], Value = NoItem });
            }
            var kept = form[KindField(line)];
            items.AddRange(FormParts.WithError(new AdaptiveChoiceSetInput
            {
                Id = KindField(line),
                Label = t["mail.log.kind"],
                Style = AdaptiveChoiceInputStyle.Compact,
                Value = kept.Length > 0 ? kept : line > 1 ? NoItem : "Letter",
                Choices = kinds,
            }, form));
            items.AddRange(FormParts.WithError(Text(CarrierField(line), t["mail.log.carrier"], form, 50, false, t), form));
            items.AddRange(FormParts.WithError(Text(TrackingField(line), t["mail.log.tracking"], form, 60, false, t), form));
            items.AddRange(FormParts.WithError(new AdaptiveNumberInput
            {
                Id = CountField(line),
                Label = t["mail.log.count"],
                Min = 1,
                Max = 999,
                Value = double.TryParse(form[CountField(line)], System.Globalization.CultureInfo.InvariantCulture, out var n) ? n : 1,
            }, form));
            card.Body.Add(new AdaptiveContainer { Separator = true, Items = items });
        }
        card.Body.Add(new AdaptiveToggleInput { Id = UrgentField, Title = t["mail.log.urgent"], Value = form[UrgentField] == "true" ? "true" : "false", Separator = true });
        card.Body.AddRange(FormParts.WithError(Text(ShelfField, t["mail.log.shelf"], form, 30, false, t), form));
        var notes = Text(NotesField, t["mail.log.notes"], form, 300, false, t);
        notes.IsMultiline = true;
        card.Body.AddRange(FormParts.WithError(notes, form));
        card.Actions.Add(MailActions.Log.Button(t["mail.log.save"], (TokenField, token)));
        return card;
    }

    // A staff member hands items over to someone who shows a pickup code.
    public static AdaptiveCard Pickup(Texts t, FormValues form)
    {
        var card = FormParts.NewCard(t.Language);
        card.Body.Add(FormParts.Heading(t["mail.pickup.title"]));
        if (FormParts.ErrorSummary(form, t["form.fixErrors"]) is { } summary)
        {
            card.Body.Add(summary);
        }
        card.Body.AddRange(FormParts.WithError(Text(CodeField, t["mail.item.code"], form, 20, true, t), form));
        card.Body.AddRange(FormParts.WithError(Text(WhoField, t["mail.item.who"], form, 100, true, t), form));
        card.Body.AddRange(FormParts.WithError(Text(SerialField, t["mail.pickup.serial"], form, 20, false, t), form));
        card.Actions.Add(MailActions.PickUp.Button(t["mail.pickup.save"]));
        return card;
    }

    public static AdaptiveTextInput Text(string id, string label, FormValues form, int max, bool required, Texts t, string? placeholder = null) => new()
    {
        Id = id,
        Label = label,
        Value = form[id],
        MaxLength = max,
        IsRequired = required,
        ErrorMessage = required ? t["form.required"] : null,
        Placeholder = placeholder,
    };
}
