using Microsoft.EntityFrameworkCore.Storage.ValueConversion;

namespace FrontDesk.Data.Providers;

// PostgreSQL's timestamptz keeps the instant, not the offset: a time goes in as UTC and comes back as UTC.
internal sealed class UtcTimeConverter() : ValueConverter<DateTimeOffset, DateTimeOffset>(t => t.ToUniversalTime(), t => t);
