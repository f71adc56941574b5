using FrontDesk.Bot.Channels.Teams;
using FrontDesk.Cards.Common;
using FrontDesk.Cards.Feedback;
using FrontDesk.Cards.Localization;
using FrontDesk.Data.Directory;
using FrontDesk.Data.Feedback;
using Newtonsoft.Json.Linq;

namespace FrontDesk.Bot.Features.Feedback;

// "my feedback" / "我的反馈": a member sees what they gave; a staff member what was said about them, never by whom.
public sealed class MyFeedbackTask(FeedbackQueries queries, FeedbackText text) : ITeamsTask
{
    private static readonly string[] Phrases = ["my feedback", "我的反馈"];

    public IReadOnlyCollection<CardAction> Actions { get; } = [FeedbackActions.Mine];

    public bool IsFor(Person person) => person.Role is Role.Tenant || person.IsStaff;

    public bool Matches(TeamsTurn turn, string typed) => Shortcut.Matches(typed, Phrases);

    public HelpEntry? Help(Texts texts, Person person) =>
        new(texts["feedback.help.mineTitle"], texts[person.IsStaff ? "feedback.help.aboutMeDescription" : "feedback.help.mineDescription"],
            texts["feedback.help.mineTyped"], FeedbackActions.Mine);

    public async Task OnTextAsync(TeamsTurn turn, string typed, CancellationToken ct)
    {
        var t = turn.Texts;
        if (turn.Person is { IsStaff: true, StaffId: { } staffId })
        {
            var (latest, all) = await queries.AboutAsync(staffId, ct);
            await turn.SendCardAsync(FeedbackCards.Mine(t, [.. latest.Select(AboutMe)], aboutMe: true, new RatingView(all.Count, all.Average, all.LowShare)), ct);
            return;
        }
        var given = await queries.GivenByAsync(turn.Actor, ct);
        await turn.SendCardAsync(FeedbackCards.Mine(t, [.. given.Select(text.View)], aboutMe: false, null), ct);
    }

    public Task OnSubmitAsync(TeamsTurn turn, CardAction action, JObject data, CancellationToken ct) => OnTextAsync(turn, "my feedback", ct);

    // What a staff member reads about themselves: the rating and the words, without anything that names the giver.
    private FeedbackView AboutMe(FeedbackEntry f) => text.View(f) with { Contact = null, RecordedBy = null, Source = "", FollowUpNote = null, FollowedUpBy = null };
}
