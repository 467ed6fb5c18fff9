using NodaTime;

namespace Clems.Rules.Engine;

/// The cluster's time zone: CLEMS is in Bistrița-Năsăud, Romania. Dates without a zone (the as-of date, approval
/// intervals) are dates in this zone.
internal static class ClusterTime
{
    internal static DateTimeZone Zone { get; } = DateTimeZoneProviders.Tzdb["Europe/Bucharest"];

    /// The start of a date in Europe/Bucharest (when a framework version dated that day takes effect).
    internal static Instant StartOf(LocalDate date) => date.AtStartOfDayInZone(Zone).ToInstant();

    /// The as-of instant of an as-of date: the end of that date in Europe/Bucharest, that is the start of the next
    /// day there, as an exclusive bound. A fact dated by an instant counts on the as-of date when it is strictly before
    /// this instant; a fact dated by a date counts when its date is on or before the as-of date (docs/time.md).
    internal static Instant AsOfInstant(LocalDate asOf) => StartOf(asOf.PlusDays(1));
}
