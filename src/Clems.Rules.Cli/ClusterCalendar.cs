using System;
using NodaTime;

namespace Clems.Rules.Cli;

/// <summary>The cluster's calendar: CLEMS is in Bistrița-Năsăud, so "today" is the date in Europe/Bucharest.</summary>
internal static class ClusterCalendar
{
    /// <summary>The cluster's time zone id.</summary>
    public const string ZoneId = "Europe/Bucharest";

    /// <summary>Today's date in the cluster's time zone, by the given clock.</summary>
    /// <param name="clock">The clock.</param>
    /// <returns>The local date in Europe/Bucharest.</returns>
    public static LocalDate Today(IClock clock)
    {
        ArgumentNullException.ThrowIfNull(clock);
        return clock.GetCurrentInstant().InZone(DateTimeZoneProviders.Tzdb[ZoneId]).Date;
    }
}
