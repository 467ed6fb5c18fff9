namespace Clems.Rules.Executive;

/// The codes of the executive area's input problems (docs/scenario-format.md, "Problems").
internal static class ExecutiveProblems
{
    /// The runnable initiatives exceed the executive capacity, and a member contribution cannot be compared with the
    /// others for want of an exchange rate or a comparison currency (G12).
    internal const string IncomparableContribution = "Executive.incomparable-contribution";
}
