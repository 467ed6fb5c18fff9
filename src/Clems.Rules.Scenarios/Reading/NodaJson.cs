using System.Text.Json;
using NodaTime;
using NodaTime.Serialization.SystemTextJson;

namespace Clems.Rules.Scenarios.Reading;

/// The NodaTime converters of NodaTime.Serialization.SystemTextJson, used for every date and instant in the format.
internal static class NodaJson
{
    internal static JsonSerializerOptions Options { get; } = CreateOptions();

    internal static LocalDate? Date(JsonElement value) => Convert<LocalDate>(value);

    internal static Instant? Instant(JsonElement value) => Convert<Instant>(value);

    private static T? Convert<T>(JsonElement value)
        where T : struct
    {
        try
        {
            return value.Deserialize<T>(Options);
        }
        catch (JsonException)
        {
            return null;
        }
        catch (NodaTime.Text.UnparsableValueException)
        {
            return null;
        }
    }

    private static JsonSerializerOptions CreateOptions()
    {
        var options = new JsonSerializerOptions { TypeInfoResolver = new System.Text.Json.Serialization.Metadata.DefaultJsonTypeInfoResolver() };
        options.Converters.Add(NodaConverters.LocalDateConverter);
        options.Converters.Add(NodaConverters.InstantConverter);
        options.MakeReadOnly();
        return options;
    }
}
