using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The dates the tests evaluate on, named for what they mean in the scenarios, and a short form for instants.
internal static class Dates
{
    /// The default as-of date of every scenario.
    public static readonly LocalDate AsOf = new(2026, 3, 1);

    /// When the default members joined, long before the as-of date.
    public static readonly LocalDate Joined = new(2020, 1, 1);

    /// When the default framework version was adopted.
    public static readonly LocalDate FrameworkAdopted = new(2019, 12, 1);

    /// An instant in UTC: <c>Instant(2026, 2, 1, 9)</c> is 2026-02-01T09:00:00Z.
    public static Instant Instant(int year, int month, int day, int hour = 0, int minute = 0)
        => NodaTime.Instant.FromUtc(year, month, day, hour, minute);
}
