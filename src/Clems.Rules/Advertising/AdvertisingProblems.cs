namespace Clems.Rules.Advertising;

/// The codes of the advertising area's input problems (docs/scenario-format.md, "Problems").
internal static class AdvertisingProblems
{
    /// An approval's content hash is not a SHA-256 in lower-case hex.
    internal const string NotSha256 = "Advertising.not-sha256";

    /// An approval is valid to a date before the one it is valid from.
    internal const string EndsBeforeStart = "Advertising.ends-before-start";
}
