using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Utility;

/// Culture-independent formatting of values in reasons, so reports are byte-identical everywhere.
internal static class Text
{
    /// Formats an interpolated string with the invariant culture (numbers in reasons never follow the host's culture),
    /// without boxing its values: reasons are written for every interest of a million-interest cluster.
    internal static string Inv(ref InvariantText text) => text.ToStringAndClear();

    /// The text with its first letter in upper case ("organisation" → "Organisation").
    internal static string Capitalised(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    internal static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);

    internal static string Instant(Instant instant) => InstantPattern.ExtendedIso.Format(instant);

    internal static string Count(int count, string singular, string plural) =>
        count.ToString(CultureInfo.InvariantCulture) + " " + (count == 1 ? singular : plural);

    /// Joins items as "a", "a and b", "a, b and c".
    internal static string List(IReadOnlyList<string> items) => items.Count switch
    {
        0 => string.Empty,
        1 => items[0],
        _ => string.Join(", ", items.Take(items.Count - 1)) + " and " + items[^1],
    };
}
