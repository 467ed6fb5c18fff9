namespace Clems.Rules.Engine;

/// The codes of the problems every area shares (ids, references, lists, currencies and countries). Each area's own codes
/// are in its <c>&lt;Area&gt;Problems</c> class and the scenario reader's in <c>FormatProblems</c>; every code is listed in
/// docs/scenario-format.md ("Problems"), which a test keeps in step with these classes.
internal static class CommonProblems
{
    /// Two items of one array have the same id.
    internal const string DuplicateId = "Id.duplicate";

    /// A reference names an item that does not exist.
    internal const string DanglingReference = "Reference.dangling";

    /// A list names the same entry twice.
    internal const string DuplicateListEntry = "List.duplicate";

    /// A currency code that ISO 4217 does not list.
    internal const string UnknownCurrency = "Value.unknown-currency";

    /// A country code that ISO 3166-1 does not assign.
    internal const string UnknownCountry = "Value.unknown-country";
}
