using System;
using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using NodaTime;

namespace Clems.Rules.Scenarios.Reading;

/// Reads the fields of one JSON object, recording every problem (missing, unknown, duplicated or mistyped field)
/// with its JSON path and returning null for a value that could not be read, so that reading goes on and reports all.
internal sealed class JsonFields
{
    private readonly Dictionary<string, JsonElement> _fields = new(StringComparer.Ordinal);
    private readonly ProblemLog _log;

    private JsonFields(ProblemLog log, string path)
    {
        _log = log;
        Path = path;
    }

    public string Path { get; }

    /// Opens <paramref name="element"/> as an object with the given fields; null (and a problem) if it is not an object.
    public static JsonFields? Open(ProblemLog log, JsonElement element, string path, params string[] allowed)
    {
        if (element.ValueKind != JsonValueKind.Object)
        {
            log.Add(path, FormatProblems.WrongType, $"Expected an object but found {Describe(element)}.");
            return null;
        }

        var fields = new JsonFields(log, path);
        foreach (var property in element.EnumerateObject())
        {
            var at = path + "." + property.Name;
            if (!allowed.Contains(property.Name, StringComparer.Ordinal))
            {
                log.Add(at, FormatProblems.UnknownField, $"Unknown field '{property.Name}'. Allowed fields here: {string.Join(", ", allowed)}.");
            }
            else if (!fields._fields.TryAdd(property.Name, property.Value))
            {
                log.Add(at, FormatProblems.DuplicateField, $"The field '{property.Name}' appears twice; keep one.");
            }
        }

        return fields;
    }

    public string At(string name) => Path + "." + name;

    public bool Has(string name) => _fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null;

    public JsonElement? Element(string name, bool required)
    {
        if (_fields.TryGetValue(name, out var value) && value.ValueKind != JsonValueKind.Null)
        {
            return value;
        }

        if (required)
        {
            _log.Add(At(name), FormatProblems.MissingField, $"The required field '{name}' is missing.");
        }

        return null;
    }

    public string? String(string name, bool required = true, int maxLength = 10_000)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.String)
        {
            _log.Add(At(name), FormatProblems.WrongType, $"Expected a string but found {Describe(value)}.");
            return null;
        }

        var text = value.GetString()!;
        if (string.IsNullOrWhiteSpace(text))
        {
            _log.Add(At(name), FormatProblems.EmptyText, $"'{name}' must not be empty.");
            return null;
        }

        if (text.Length > maxLength)
        {
            _log.Add(At(name), FormatProblems.TooLong, Inv($"'{name}' is {text.Length} characters long; the limit is {maxLength}."));
            return null;
        }

        // Names, titles and other texts are stored as written and the domain refuses surrounding white space.
        if (char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            _log.Add(At(name), FormatProblems.PaddedText, $"'{name}' must not start or end with white space; remove it.");
            return null;
        }

        return text;
    }

    /// An identifier: 1 to 200 characters, no surrounding white space.
    public string? Id(string name, bool required = true) => Identifier(String(name, required, maxLength: int.MaxValue), At(name));

    public string? Identifier(string? text, string path)
    {
        if (text is null)
        {
            return null;
        }

        if (text.Length > 200 || char.IsWhiteSpace(text[0]) || char.IsWhiteSpace(text[^1]))
        {
            _log.Add(path, FormatProblems.InvalidId, "An id is 1 to 200 characters with no leading or trailing white space.");
            return null;
        }

        return text;
    }

    public bool? Bool(string name)
    {
        if (Element(name, required: false) is not { } value)
        {
            return null;
        }

        if (value.ValueKind is JsonValueKind.True or JsonValueKind.False)
        {
            return value.GetBoolean();
        }

        _log.Add(At(name), FormatProblems.WrongType, $"Expected true or false but found {Describe(value)}.");
        return null;
    }

    public int? Int(string name, int min, int max, bool required = false)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }

        if (value.ValueKind != JsonValueKind.Number || !value.TryGetInt32(out var number))
        {
            _log.Add(At(name), FormatProblems.WrongType, $"Expected a whole number but found {Describe(value)}.");
            return null;
        }

        if (number < min || number > max)
        {
            _log.Add(At(name), FormatProblems.OutOfRange, Inv($"{number} is out of range; use a whole number from {min} to {max}."));
            return null;
        }

        return number;
    }

    public LocalDate? Date(string name, bool required = true)
        => Parse(name, required, NodaJson.Date, "an ISO date such as 2026-03-01");

    public Instant? Instant(string name, bool required = true)
        => Parse(name, required, NodaJson.Instant, "an ISO instant in UTC such as 2026-03-01T09:30:00Z");

    public T? Enum<T>(string name, Vocabulary<T> values, bool required = true)
        where T : struct, Enum
    {
        if (String(name, required) is not { } text)
        {
            return null;
        }

        if (values.TryParse(text, out var value))
        {
            return value;
        }

        _log.Add(At(name), FormatProblems.UnknownName, $"'{text}' is not a valid {name}; use one of: {string.Join(", ", values.Names)}.");
        return null;
    }

    /// Reads an array of names of <paramref name="values"/>; each name it does not know is a problem that calls it
    /// not <paramref name="noun"/> (such as "a thematic area") and is left out.
    public List<T> Enums<T>(string name, Vocabulary<T> values, string noun)
        where T : struct, Enum
    {
        var items = new List<T>();
        var names = Ids(name);
        for (var k = 0; k < names.Count; k++)
        {
            if (values.TryParse(names[k], out var value))
            {
                items.Add(value);
            }
            else
            {
                _log.Add(Inv($"{At(name)}[{k}]"), FormatProblems.UnknownName, $"'{names[k]}' is not {noun}; use one of: {string.Join(", ", values.Names)}.");
            }
        }

        return items;
    }

    public Money? Money(string name, bool required = true)
    {
        if (Element(name, required) is not { } value || Open(_log, value, At(name), "amount", "currency") is not { } money)
        {
            return null;
        }

        var amount = money.Decimal("amount");
        var code = money.String("currency");
        if (code is not null && _log.Add(Rules.Currency.CheckCode(code, money.At("currency"))))
        {
            return null;
        }

        if (amount is { } a && a < 0m)
        {
            _log.Add(money.At("amount"), FormatProblems.NegativeAmount, $"The amount {a.ToString(CultureInfo.InvariantCulture)} is negative; amounts are zero or more.");
            return null;
        }

        return amount is { } ok && code is not null ? new Money(ok, new Currency(code)) : null;
    }

    /// An ISO 4217 currency code (the check of <see cref="Rules.Currency"/>'s constructor).
    public Currency? Currency(string name)
    {
        if (String(name) is not { } code)
        {
            return null;
        }

        return _log.Add(Rules.Currency.CheckCode(code, At(name))) ? null : new Currency(code);
    }

    public decimal? Decimal(string name, bool required = true)
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }

        var ok = value.ValueKind switch
        {
            JsonValueKind.String => decimal.TryParse(value.GetString(), NumberStyles.AllowLeadingSign | NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var fromText)
                ? fromText : (decimal?)null,
            JsonValueKind.Number => value.TryGetDecimal(out var fromNumber) ? fromNumber : null,
            _ => null,
        };
        if (ok is null)
        {
            _log.Add(At(name), FormatProblems.MalformedValue, $"Expected a decimal amount such as \"1500.00\" (at most 28 significant digits) but found {Describe(value)}.");
        }

        return ok;
    }

    /// Reads an array field; each element is read by <paramref name="read"/> with its own path. Absent means empty.
    public List<T> Array<T>(string name, Func<JsonElement, string, T?> read, bool required = false)
        where T : class
    {
        var items = new List<T>();
        if (Element(name, required) is not { } value)
        {
            return items;
        }

        if (value.ValueKind != JsonValueKind.Array)
        {
            _log.Add(At(name), FormatProblems.WrongType, $"Expected an array but found {Describe(value)}.");
            return items;
        }

        var index = 0;
        foreach (var element in value.EnumerateArray())
        {
            if (read(element, Inv($"{At(name)}[{index}]")) is { } item)
            {
                items.Add(item);
            }

            index++;
        }

        return items;
    }

    /// Reads an array of ids (strings).
    public List<string> Ids(string name)
        => Array(name, (element, path) =>
        {
            if (element.ValueKind != JsonValueKind.String)
            {
                _log.Add(path, FormatProblems.WrongType, $"Expected an id (a string) but found {Describe(element)}.");
                return null;
            }

            var text = element.GetString()!;
            if (string.IsNullOrWhiteSpace(text))
            {
                _log.Add(path, FormatProblems.InvalidId, "An id must not be empty.");
                return null;
            }

            return Identifier(text, path);
        });

    internal static string Describe(JsonElement element) => element.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True or JsonValueKind.False => "a boolean",
        JsonValueKind.Null => "null",
        _ => "nothing",
    };

    private T? Parse<T>(string name, bool required, Func<JsonElement, T?> parse, string expected)
        where T : struct
    {
        if (Element(name, required) is not { } value)
        {
            return null;
        }

        var result = value.ValueKind == JsonValueKind.String ? parse(value) : null;
        if (result is null)
        {
            var shown = value.ValueKind == JsonValueKind.String ? $"'{Shorten(value.GetString()!)}'" : Describe(value);
            _log.Add(At(name), FormatProblems.MalformedValue, $"Expected {expected} but found {shown}.");
        }

        return result;
    }

    private static string Shorten(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string Inv(FormattableString text) => FormattableString.Invariant(text);
}

/// Collects problems in document order.
internal sealed class ProblemLog
{
    private readonly List<ValidationProblem> _problems = [];

    public IReadOnlyList<ValidationProblem> Problems => _problems;

    public void Add(string path, string code, string message) => _problems.Add(new ValidationProblem(path, code, message));

    /// Adds the problem a library Check function found, if any; true when there was one.
    public bool Add(ValidationProblem? problem)
    {
        if (problem is null)
        {
            return false;
        }

        _problems.Add(problem);
        return true;
    }

    /// Adds every problem a library Check function found; true when there was one.
    public bool Add(IReadOnlyList<ValidationProblem> problems)
    {
        _problems.AddRange(problems);
        return problems.Count > 0;
    }
}
