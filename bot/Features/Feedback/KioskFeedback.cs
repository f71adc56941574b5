using System.Globalization;
using FrontDesk.Bot.Channels.Lobby;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Lobby;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Feedback;
using Microsoft.AspNetCore.DataProtection;
using Newtonsoft.Json.Linq;
using F = FrontDesk.Cards.Feedback.FeedbackFormCards;

namespace FrontDesk.Bot.Features.Feedback;

// Feedback at the kiosk: from the menu at any time, and offered once right after a visitor checks out. The
// card after check-out carries its visit sealed, so a rating is tied to the visit it followed and a crafted
// tap cannot tie it to someone else's.
public sealed class KioskFeedback(FeedbackLog log, FeedbackQueries queries, IDataProtectionProvider protection)
{
    private readonly IDataProtector _visits = protection.CreateProtector("feedback.kiosk-visit");

    public Task AskAsync(KioskTurn turn, Texts t, CancellationToken ct) => ShowAsync(turn, t, t["feedback.kiosk.ask"], null, ct);

    // A visit that already has its rating is not asked again.
    public async Task OfferAsync(KioskTurn turn, Texts t, int visitId, CancellationToken ct)
    {
        if (!await queries.HasVisitFeedbackAsync(visitId, ct))
        {
            await ShowAsync(turn, t, t["feedback.kiosk.offer"], _visits.Protect(visitId.ToString(CultureInfo.InvariantCulture)), ct);
        }
    }

    public async Task SubmitAsync(KioskTurn turn, Texts t, JObject data, CancellationToken ct)
    {
        var formId = (string?)data[KioskAction.FormKey] ?? LobbyForms.NewId();
        if (await turn.IsDoneAsync(formId, ct))
        {
            return;
        }
        var desk = FeedbackText.Desk(await log.DeskAsync(ct));
        var visit = FormValues.Text(data, F.VisitField);
        var visitId = Unseal(visit);
        var (form, answers) = FeedbackFormCheck.Read(data, FeedbackAudience.Visitor, desk, t);
        if (answers is null)
        {
            await turn.ShowFormAsync(F.ForVisitor(t, form, desk, formId, visitId is null ? null : visit), formId, ct);
            return;
        }
        var giver = new FeedbackGiver(FeedbackSource.Kiosk, null, null, null, null, null, visitId, answers.Contact, answers.ContactName, null, answers.ContactDetails);
        await log.SaveAsync(new FeedbackRequest($"kiosk:{turn.ConversationId}:{formId}", answers.Rating, answers.Category, answers.Comment,
            answers.AboutStaffId, giver), ct);
        await turn.CompleteAsync(formId, KioskSummaryCard.Build(t, t["feedback.kiosk.summary"],
            [(t["feedback.fact.rating"], $"{FeedbackCards.Stars(answers.Rating)} {answers.Rating}/5"), (t["feedback.fact.category"], t[$"feedback.category.{answers.Category}"])]), ct);
        await turn.SendAsync(t["feedback.kiosk.thanks"], ct);
    }

    private async Task ShowAsync(KioskTurn turn, Texts t, string text, string? visit, CancellationToken ct)
    {
        var formId = LobbyForms.NewId();
        await turn.ShowFormAsync(F.ForVisitor(t, FormValues.Empty, FeedbackText.Desk(await log.DeskAsync(ct)), formId, visit), formId, ct, text);
    }

    private int? Unseal(string? sealedVisit)
    {
        if (string.IsNullOrEmpty(sealedVisit))
        {
            return null;
        }
        try
        {
            return int.Parse(_visits.Unprotect(sealedVisit), CultureInfo.InvariantCulture);
        }
        catch (System.Security.Cryptography.CryptographicException)
        {
            return null;
        }
    }
}
