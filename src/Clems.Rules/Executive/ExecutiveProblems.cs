namespace Clems.Rules.Executive;

/// The codes of the executive area's input problems (docs/scenario-format.md, "Problems").
internal static class ExecutiveProblems
{
    /// The runnable initiatives exceed the executive capacity, and a member contribution cannot be compared with the
    /// others for want of an exchange rate or a comparison currency (G12).
    internal const string IncomparableContribution = "Executive.incomparable-contribution";

    /// The runnable initiatives exceed the executive capacity, two or more tie on committed resources and readiness,
    /// and the scenario publishes no lottery seed for the executive draw that must order them (G12, G1).
    internal const string MissingLotterySeed = "Executive.missing-lottery-seed";
}
