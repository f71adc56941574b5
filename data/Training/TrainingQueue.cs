namespace FrontDesk.Data.Training;

// The seats of a session and its waiting list: who is in, who waits in which place, who moves up.
internal static class TrainingQueue
{
    public static int Taken(TrainingSession session) => session.SignUps.Count(u => u.Status == SignUpStatus.Confirmed);

    public static List<TrainingSignUp> Waiting(TrainingSession session) =>
        [.. session.SignUps.Where(u => u.Status == SignUpStatus.Waiting).OrderBy(u => u.SignedUpAt).ThenBy(u => u.Id)];

    // 1 for the first in line.
    public static int PositionOf(TrainingSession session, TrainingSignUp signUp) => Waiting(session).IndexOf(signUp) + 1;

    // Signed up once the day-before reminder's time has passed: what they were just told stands for it.
    public static DateTimeOffset? RemindedAt(TrainingRules rules, BuildingTime time, TrainingSession session, DateTimeOffset now) =>
        now >= rules.ReminderMoment(time, session.StartsAt) ? now : null;

    // Gives each free seat to the first waiting, telling them; returns who moved up.
    public static async Task<List<TrainingSignUp>> FillSeatsAsync(FrontDeskDb db, TrainingSession session, TrainingRules rules, BuildingTime time,
        ITrainingNoticeSink notices, DateTimeOffset now, CancellationToken ct)
    {
        var moved = new List<TrainingSignUp>();
        var free = session.Capacity - Taken(session);
        foreach (var next in Waiting(session).Take(Math.Max(0, free)))
        {
            next.Status = SignUpStatus.Confirmed;
            next.ConfirmedAt = now;
            next.RemindedAt = RemindedAt(rules, time, session, now);
            moved.Add(next);
            await notices.MovedUpAsync(db, session, next, await TrainingRecipients.ForAsync(db, [next.StaffId], ct), ct);
        }
        return moved;
    }
}
