using System.Net;
using FrontDesk.Bot.Notifications;
using FrontDesk.Data.Notifications;
using FrontDesk.Tests.Harness;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Notifications;

public class OutboxPolicyTests
{
    private static readonly FakeTimeProvider Clock = new(OutboxHarness.Start);

    [Theory]
    [InlineData(429, typeof(DeliveryResult.Throttled))]
    [InlineData(412, typeof(DeliveryResult.Failed))]
    [InlineData(500, typeof(DeliveryResult.Failed))]
    [InlineData(502, typeof(DeliveryResult.Failed))]
    [InlineData(503, typeof(DeliveryResult.Failed))]
    [InlineData(504, typeof(DeliveryResult.Failed))]
    [InlineData(403, typeof(DeliveryResult.Unreachable))]
    [InlineData(400, typeof(DeliveryResult.Rejected))]
    [InlineData(404, typeof(DeliveryResult.Rejected))]
    public void Channel_answers_map_to_what_the_outbox_does_next(int status, Type expected) =>
        Assert.IsType(expected, ChannelErrors.FromStatus((HttpStatusCode)status, "error", TimeSpan.FromSeconds(1), "conv"));

    [Fact]
    public void Retry_After_is_read_as_seconds_or_as_an_HTTP_date()
    {
        Assert.Equal(TimeSpan.FromSeconds(30), ChannelErrors.RetryAfter(Header("30"), Clock));
        Assert.Equal(TimeSpan.FromSeconds(90), ChannelErrors.RetryAfter(Header(OutboxHarness.Start.AddSeconds(90).ToString("r")), Clock));
        Assert.Equal(TimeSpan.Zero, ChannelErrors.RetryAfter(Header(OutboxHarness.Start.AddSeconds(-5).ToString("r")), Clock));
        Assert.Null(ChannelErrors.RetryAfter(Header("soon"), Clock));
        Assert.Null(ChannelErrors.RetryAfter(new Dictionary<string, IEnumerable<string>>(), Clock));
    }

    [Fact]
    public void Backoff_doubles_from_2_seconds_up_to_10_minutes_with_full_jitter()
    {
        var options = new NotificationsOptions();
        Assert.Equal([2, 4, 8, 16, 32, 64, 128, 256, 512, 600, 600],
            Enumerable.Range(1, 11).Select(n => new RetrySchedule(options).Ceiling(n).TotalSeconds));
        Assert.Equal(TimeSpan.Zero, new RetrySchedule(options, () => 0).Delay(5));
        Assert.Equal(TimeSpan.FromSeconds(16), new RetrySchedule(options, () => 0.5).Delay(5));
    }

    [Fact]
    public void Each_kind_of_notice_has_its_own_time_budget_counted_from_when_it_was_queued()
    {
        var budget = new RetryBudget(new NotificationsOptions());
        var arrival = new Notification { IdempotencyKey = "k", ChannelId = "msteams", ActivityJson = "{}", Kind = "visit.arrival", CreatedAt = OutboxHarness.Start };
        var other = new Notification { IdempotencyKey = "o", ChannelId = "msteams", ActivityJson = "{}", Kind = "calls.message", CreatedAt = OutboxHarness.Start };

        Assert.Equal(OutboxHarness.Start.AddHours(12), budget.Deadline(arrival));
        Assert.Equal(OutboxHarness.Start.AddHours(4), budget.Deadline(other));
        Assert.False(budget.Spent(arrival, 50, OutboxHarness.Start.AddHours(11)));
        Assert.True(budget.Spent(arrival, 50, OutboxHarness.Start.AddHours(12)));
        Assert.True(budget.Spent(arrival, 200, OutboxHarness.Start));
    }

    [Fact]
    public void The_pacer_keeps_conversations_apart()
    {
        var options = new NotificationsOptions();
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));
        for (var i = 0; i < 7; i++)
        {
            Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|a", null, OutboxHarness.Start, TimeSpan.Zero));
        }
        Assert.Equal(Later(OutboxHarness.Start.AddSeconds(1)), pacing.Take("msteams|a", null, OutboxHarness.Start, TimeSpan.Zero));
        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|b", null, OutboxHarness.Start, TimeSpan.Zero));
    }

    // Teams counts a request when it arrives, before its answer: a send that left late (a busy host) is counted from
    // its answer, so the window after it does not take one too many.
    [Fact]
    public void A_conversation_counts_a_send_from_when_it_was_answered()
    {
        var options = new NotificationsOptions();
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));
        var answered = OutboxHarness.Start.AddSeconds(0.5);
        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|a", null, OutboxHarness.Start, TimeSpan.Zero));
        pacing.Settle("msteams|a", OutboxHarness.Start, answered);
        for (var i = 0; i < 6; i++)
        {
            Assert.Equal(Go(answered), pacing.Take("msteams|a", null, answered, TimeSpan.Zero));
        }

        // By its slot the first left the second at 1 s; by its answer it counts until 1.5 s.
        Assert.Equal(Later(answered.AddSeconds(1)), pacing.Take("msteams|a", null, OutboxHarness.Start.AddSeconds(1.2), TimeSpan.Zero));
        Assert.Equal(Go(answered.AddSeconds(1)), pacing.Take("msteams|a", null, answered.AddSeconds(1), TimeSpan.Zero));
    }

    [Fact]
    public void The_hourly_limit_of_a_conversation_counts_what_was_sent_before_a_restart()
    {
        var options = new NotificationsOptions();
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));
        // 1,800 sends in the hour before the restart, one every two seconds; the oldest leaves the hour at Start + 1 s.
        var oldest = OutboxHarness.Start.AddSeconds(-3599);
        pacing.Seed(Enumerable.Range(0, 1800).Select(i => ("msteams|a", oldest.AddSeconds(2 * i))));

        Assert.Equal(Later(OutboxHarness.Start.AddSeconds(1)), pacing.Take("msteams|a", "t", OutboxHarness.Start, TimeSpan.Zero));
        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|b", "t", OutboxHarness.Start, TimeSpan.Zero));
    }

    [Fact]
    public void A_slot_refused_by_the_tenant_limit_is_not_taken_from_the_conversation()
    {
        var options = new NotificationsOptions { PerSecondPerTenant = 2 };
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));

        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|a", "t", OutboxHarness.Start, TimeSpan.Zero));
        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|b", "t", OutboxHarness.Start, TimeSpan.Zero));
        // The tenant's window is a second and 50 ms long: Teams may count arrivals a little later than they were sent.
        Assert.Equal(Later(OutboxHarness.Start.AddSeconds(1.05)), pacing.Take("msteams|c", "t", OutboxHarness.Start, TimeSpan.Zero));
        Assert.Equal(Go(OutboxHarness.Start), pacing.Take("msteams|c", "other-tenant", OutboxHarness.Start, TimeSpan.Zero));
    }

    [Fact]
    public void Sends_that_may_wait_for_their_tenant_slot_are_spaced_evenly_and_one_too_far_off_goes_back_in_line()
    {
        var options = new NotificationsOptions();
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));
        var wait = TimeSpan.FromSeconds(2);

        var slots = Enumerable.Range(0, 70).Select(i => pacing.Take($"msteams|{i}", "t", OutboxHarness.Start, wait)).ToList();

        // One every 1.05 s / 50 = 21 ms: no burst, and any second holds at most 48 of them. The run's first 1.05 s goes
        // at half that pace (42 ms; 26 slots), since its first requests meet cold code and connections and arrive late.
        var expected = Enumerable.Range(0, 70).Select(i => Go(i < 26
            ? OutboxHarness.Start + (i * TimeSpan.FromMilliseconds(42))
            : OutboxHarness.Start.AddSeconds(1.05) + ((i - 25) * TimeSpan.FromMilliseconds(21))));
        Assert.Equal(expected, slots);
        Assert.All(slots.Cast<PaceDecision.Go>(), s => Assert.InRange(slots.Cast<PaceDecision.Go>().Count(o => o.At >= s.At && o.At < s.At.AddSeconds(1)), 1, 48));
        // The next is 1.995 s off: with half a second's wait it comes back in line at 1.495 s.
        Assert.Equal(Later(OutboxHarness.Start.AddSeconds(1.495)), pacing.Take("msteams|x", "t", OutboxHarness.Start, TimeSpan.FromSeconds(0.5)));
    }

    [Fact]
    public void After_a_quiet_minute_a_tenant_starts_again_at_half_pace()
    {
        var options = new NotificationsOptions();
        var pacing = new LocalPace(new ConversationPacer(options), new TenantRateLimiter(options));
        var wait = TimeSpan.FromSeconds(2);
        for (var i = 0; i < 60; i++)
        {
            pacing.Take($"msteams|{i}", "t", OutboxHarness.Start, wait);
        }
        var later = OutboxHarness.Start.AddMinutes(3);

        Assert.Equal(Go(later), pacing.Take("msteams|a", "t", later, wait));
        Assert.Equal(Go(later.AddMilliseconds(42)), pacing.Take("msteams|b", "t", later, wait));
    }

    private static PaceDecision Go(DateTimeOffset at) => new PaceDecision.Go(at);

    private static PaceDecision Later(DateTimeOffset at) => new PaceDecision.Later(at);

    [Theory]
    [InlineData("Notifications:MaxAttempts", "0")]
    [InlineData("Notifications:RetryCapSeconds", "1")]
    [InlineData("Notifications:PerSecondPerConversation", "0")]
    public void Invalid_notification_settings_stop_the_app_at_start(string key, string value)
    {
        using var app = new FrontDeskApp();
        app.Settings[key] = value;

        var validation = StartRefusal.Of(app);
        Assert.Contains(key.Split(':')[1], validation.Message, StringComparison.Ordinal);
    }

    private static Dictionary<string, IEnumerable<string>> Header(string value) => new() { ["Retry-After"] = [value] };
}
