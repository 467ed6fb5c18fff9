namespace Clems.Rules.Membership;

/// The codes of the membership area's input problems (docs/scenario-format.md, "Problems").
internal static class MembershipProblems
{
    /// A membership term ends before it starts.
    internal const string EndsBeforeStart = "Membership.ends-before-start";

    /// Two membership terms of one organisation overlap.
    internal const string OverlappingTerms = "Membership.overlapping-terms";
}
