namespace Clems.Rules.Scenarios.Reading;

/// The codes of the problems the scenario reader finds in a document's form, before any value reaches the library: its
/// bytes, its JSON and the shape of its fields. A value the library's types refuse is reported with the code of the
/// library's public Check function (<c>Membership.ends-before-start</c>…); every code is listed in
/// docs/scenario-format.md ("Problems").
internal static class FormatProblems
{
    /// The document is larger than <see cref="ScenarioReader.MaxDocumentBytes"/>.
    internal const string TooLarge = "Format.too-large";

    /// The document is not UTF-8.
    internal const string NotUtf8 = "Format.not-utf8";

    /// The document is not JSON, or nests deeper than <see cref="ScenarioReader.MaxDepth"/>.
    internal const string NotJson = "Format.not-json";

    /// The document's schemaVersion is not the one this library reads.
    internal const string SchemaVersion = "Format.schema-version";

    /// A field that the object does not have.
    internal const string UnknownField = "Format.unknown-field";

    /// A field given twice in one object.
    internal const string DuplicateField = "Format.duplicate-field";

    /// A required field is absent or null.
    internal const string MissingField = "Format.missing-field";

    /// A value of the wrong JSON type (a number where a string belongs…).
    internal const string WrongType = "Format.wrong-type";

    /// An empty or blank text.
    internal const string EmptyText = "Format.empty-text";

    /// A text longer than its limit.
    internal const string TooLong = "Format.too-long";

    /// A text or id that starts or ends with white space.
    internal const string PaddedText = "Format.padded-text";

    /// An id that is not 1 to 200 characters without surrounding white space.
    internal const string InvalidId = "Format.invalid-id";

    /// A whole number outside its documented range.
    internal const string OutOfRange = "Format.out-of-range";

    /// A name that is not one of the values its field allows (a kind, a status, a criterion…).
    internal const string UnknownName = "Format.unknown-name";

    /// A text that does not have the form its field needs (a date, an instant, an amount, a CPV code…).
    internal const string MalformedValue = "Format.malformed-value";

    /// A negative amount of money.
    internal const string NegativeAmount = "Format.negative-amount";

    /// An object that must give exactly one of two fields gives both or neither.
    internal const string ExactlyOneField = "Format.exactly-one-field";

    /// A field that the object's other fields rule out.
    internal const string ConflictingFields = "Format.conflicting-fields";

    /// A time zone that the IANA time zone database does not have.
    internal const string UnknownTimeZone = "Format.unknown-time-zone";

    /// A local time that does not exist in its time zone (the clocks skip it).
    internal const string SkippedLocalTime = "Format.skipped-local-time";
}
