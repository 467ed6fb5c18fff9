using NodaTime;

namespace Clems.Rules.Engine;

/// The cluster's time zone: CLEMS is in Bistrița-Năsăud, Romania. Dates without a zone (the as-of date, approval
/// intervals) are dates in this zone.
internal static class ClusterTime
{
    internal static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];

    /// The as-of instant: the start of the as-of date in Europe/Bucharest.
    internal static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();
}
