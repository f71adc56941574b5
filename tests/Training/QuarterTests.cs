using FrontDesk.Data;
using FrontDesk.Data.Training;
using Microsoft.Extensions.Time.Testing;

namespace FrontDesk.Tests.Training;

public class QuarterTests
{
    private static readonly BuildingTime Shanghai = new(TimeZoneInfo.FindSystemTimeZoneById("Asia/Shanghai"), new FakeTimeProvider(TrainingScene.Start));

    [Theory]
    [InlineData("2026-01-01", 2026, 1)]
    [InlineData("2026-03-31", 2026, 1)]
    [InlineData("2026-04-01", 2026, 2)]
    [InlineData("2026-12-31", 2026, 4)]
    public void A_day_belongs_to_its_calendar_quarter(string day, int year, int number) =>
        Assert.Equal(new Quarter(year, number), Quarter.Of(DateOnly.Parse(day, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [InlineData("2026-Q4", true, 2026, 4)]
    [InlineData("2026q1", true, 2026, 1)]
    [InlineData("Q3 2026", true, 2026, 3)]
    [InlineData("2026-Q5", false, 0, 0)]
    [InlineData("Q4", false, 0, 0)]
    public void A_quarter_is_read_as_managers_write_it(string text, bool ok, int year, int number)
    {
        Assert.Equal(ok, Quarter.TryParse(text, out var quarter));
        Assert.Equal(ok ? new Quarter(year, number) : default, quarter);
    }

    [Fact]
    public void The_quarter_and_its_reminder_are_in_building_time()
    {
        var q4 = new Quarter(2026, 4);
        // 1 Oct 00:00 to 1 Jan 00:00 in Shanghai (UTC+8).
        Assert.Equal((new DateTimeOffset(2026, 9, 30, 16, 0, 0, TimeSpan.Zero), new DateTimeOffset(2026, 12, 31, 16, 0, 0, TimeSpan.Zero)), TrainingRules.QuarterUtc(Shanghai, q4));
        // 21 days before 1 Jan is 11 Dec, at 16:00 there.
        Assert.Equal(new DateTimeOffset(2026, 12, 11, 8, 0, 0, TimeSpan.Zero), TrainingRules.Default.QuarterReminderMoment(Shanghai, q4));
        Assert.Equal(new Quarter(2025, 4), new Quarter(2026, 1).Previous);
        // A session at 01:00 on 8 Dec in Shanghai is still the 7th in UTC: the reminder is on the local 7th.
        Assert.Equal(new DateTimeOffset(2026, 12, 7, 8, 0, 0, TimeSpan.Zero),
            TrainingRules.Default.ReminderMoment(Shanghai, new DateTimeOffset(2026, 12, 7, 17, 0, 0, TimeSpan.Zero)));
    }
}
