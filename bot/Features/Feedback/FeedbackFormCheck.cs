using System.Globalization;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Feedback;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Feedback.FeedbackFormCards;

namespace FrontDesk.Bot.Features.Feedback;

public sealed record FeedbackAnswers(int Rating, FeedbackCategory Category, string? Comment, int? AboutStaffId, FeedbackChannel? Channel,
    bool Contact, string? ContactName, string? ContactCompany, string? ContactDetails);

// The server's reading of a submitted feedback card, whoever filled it in: every value kept for the form, an
// error beside each field that is wrong, and the answers only when all are right.
public static class FeedbackFormCheck
{
    public static (FormValues Form, FeedbackAnswers? Answers) Read(JObject data, FeedbackAudience audience, IReadOnlyList<DeskChoice> desk, Texts t)
    {
        var form = FormValues.Read(data, [.. F.Fields(audience)]);
        if (!F.Ratings.Contains(form[F.RatingField], StringComparer.Ordinal))
        {
            form.AddError(F.RatingField, t["feedback.form.badRating"]);
        }
        Pick(form, F.CategoryField, F.Categories, t);
        if (audience == FeedbackAudience.Desk)
        {
            Pick(form, F.ChannelField, F.Channels, t);
        }
        Short(form, F.CommentField, F.CommentLength, t);
        var about = form[F.AboutField];
        if (about.Length > 0 && !desk.Any(d => d.Id.ToString(CultureInfo.InvariantCulture) == about))
        {
            form.AddError(F.AboutField, t["form.pickOne"]);
        }
        var contact = form[F.ContactField] == "true";
        foreach (var field in new[] { F.ContactNameField, F.ContactCompanyField, F.ContactDetailsField })
        {
            Short(form, field, F.NameLength, t);
        }
        if (contact && audience != FeedbackAudience.Member && form[F.ContactDetailsField].Length == 0)
        {
            form.AddError(F.ContactDetailsField, t["feedback.form.contactMissing"]);
        }
        if (!form.IsValid)
        {
            return (form, null);
        }
        return (form, new FeedbackAnswers(
            int.Parse(form[F.RatingField], CultureInfo.InvariantCulture),
            Enum.Parse<FeedbackCategory>(form[F.CategoryField]),
            Blank(form[F.CommentField]),
            about.Length > 0 ? int.Parse(about, CultureInfo.InvariantCulture) : null,
            audience == FeedbackAudience.Desk ? Enum.Parse<FeedbackChannel>(form[F.ChannelField]) : null,
            contact, Blank(form[F.ContactNameField]), Blank(form[F.ContactCompanyField]), Blank(form[F.ContactDetailsField])));
    }

    private static void Pick(FormValues form, string field, string[] allowed, Texts t)
    {
        if (!allowed.Contains(form[field], StringComparer.Ordinal))
        {
            form.AddError(field, t["form.pickOne"]);
        }
    }

    private static void Short(FormValues form, string field, int max, Texts t)
    {
        if (form[field].Length > max)
        {
            form.AddError(field, t.Format("form.tooLong", max));
        }
    }

    private static string? Blank(string value) => value.Length == 0 ? null : value;
}
