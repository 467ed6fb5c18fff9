using System.Collections.Generic;
using System.Globalization;
using System.Text.Json;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Scenarios.Format;

/// The written forms more than one area uses: lists of ids, amounts of money, dates and instants. Their reading
/// counterparts are <see cref="Reading.JsonFields"/>' Ids, Money, Date and Instant.
internal static class SharedFormat
{
    internal static void WriteIds(this Utf8JsonWriter json, string name, IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    internal static void WriteMoney(this Utf8JsonWriter json, string name, Money money)
    {
        json.WriteStartObject(name);
        json.WriteString("amount", money.Amount.ToString(CultureInfo.InvariantCulture));
        json.WriteString("currency", money.Currency.Code);
        json.WriteEndObject();
    }

    internal static void WriteDate(this Utf8JsonWriter json, string name, LocalDate date)
        => json.WriteString(name, LocalDatePattern.Iso.Format(date));

    internal static void WriteInstant(this Utf8JsonWriter json, string name, Instant instant)
        => json.WriteString(name, InstantPattern.ExtendedIso.Format(instant));
}
