using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Training;
using F = FrontDesk.Cards.Training.TrainingFormCards;

namespace FrontDesk.Bot.Features.Training;

// Reads the session form: card inputs arrive as text, and each value that is missing, too long or not a date,
// time or number gets its error beside its field. Whether the time has passed is the use case's to say.
internal static class SessionForm
{
    public static SessionRequest? Read(FormValues form, Texts t, string token, string actor, string actorName)
    {
        var topic = Enum.TryParse<TrainingTopic>(form[F.TopicField], out var parsed) && F.Topics.Contains(form[F.TopicField]) ? parsed : (TrainingTopic?)null;
        if (topic is null)
        {
            form.AddError(F.TopicField, t["form.pickOne"]);
        }
        Short(form, F.TitleField, t);
        if (topic == TrainingTopic.Other && form[F.TitleField].Length == 0)
        {
            form.AddError(F.TitleField, t["training.error.titleForOther"]);
        }
        if (!DateOnly.TryParseExact(form[F.DateField], "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            form.AddError(F.DateField, t["training.error.date"]);
        }
        if (!TimeOnly.TryParseExact(form[F.TimeField], ["HH:mm", "H:mm", "HH:mm:ss"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var time))
        {
            form.AddError(F.TimeField, t["training.error.time"]);
        }
        Required(form, F.PlaceField, t);
        Required(form, F.TrainerField, t);
        // A number box may send "12" or "12.0"; a fraction of a seat is not a number of seats.
        var capacity = decimal.TryParse(form[F.CapacityField], NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seats) &&
                       seats == decimal.Truncate(seats) && seats is >= TrainingRules.MinCapacity and <= TrainingRules.MaxCapacity
            ? (int)seats
            : 0;
        if (capacity == 0)
        {
            form.AddError(F.CapacityField, t.Format("training.error.capacity", TrainingRules.MaxCapacity));
        }
        var costText = form[F.CostField].Length == 0 ? "0" : form[F.CostField];
        if (!decimal.TryParse(costText, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var cost) ||
            cost > TrainingRules.MaxCost || decimal.Round(cost, 2) != cost)
        {
            form.AddError(F.CostField, t.Format("training.error.cost", TrainingRules.MaxCost.ToString("#,##0", t.Culture)));
        }
        return form.IsValid
            ? new SessionRequest(token, topic!.Value, form[F.TitleField], date, time, form[F.PlaceField], form[F.TrainerField], capacity, cost, actor, actorName)
            : null;
    }

    private static void Required(FormValues form, string field, Texts t)
    {
        if (form[field].Length == 0)
        {
            form.AddError(field, t["form.required"]);
        }
        Short(form, field, t);
    }

    private static void Short(FormValues form, string field, Texts t)
    {
        if (form[field].Length > F.TextLength)
        {
            form.AddError(field, t.Format("form.tooLong", F.TextLength));
        }
    }
}
