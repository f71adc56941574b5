using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDesk.Data.Traffic;

// How FrontDeskDb stores a time on SQLite (DateTimeOffsetToBinaryConverter: the clock's ticks / 1000, shifted left past 11
// bits that hold the offset). The app stores UTC times (offset 0), so the number grows by the same step every
// quarter hour and an integer division in SQL puts each stored time in its UTC quarter hour. Quarter hours, not
// hours: every zone's offset is a whole number of quarter hours (India +5:30, Nepal +5:45), so each bucket falls
// in one local hour.
public static class StoredTime
{
    public static readonly TimeSpan BucketLength = TimeSpan.FromMinutes(15);

    private static readonly DateTimeOffsetToBinaryConverter Converter = new();

    // Stored numbers per quarter hour.
    public static readonly long BucketSize = Stored(DateTimeOffset.UnixEpoch + BucketLength) - Stored(DateTimeOffset.UnixEpoch);

    public static long Stored(DateTimeOffset time) => Converter.ConvertToProviderTyped(time.ToUniversalTime());

    // The UTC start of the quarter hour a stored number / BucketSize names.
    public static DateTimeOffset BucketStart(long bucket) => Converter.ConvertFromProviderTyped(bucket * BucketSize);
}
