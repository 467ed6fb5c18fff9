namespace Clems.Rules.Initiatives;

/// The codes of the initiatives area's input problems (docs/scenario-format.md, "Problems").
internal static class InitiativesProblems
{
    /// An activity of an action plan ends before it starts.
    internal const string EndsBeforeStart = "Initiatives.ends-before-start";

    /// The lines of one budget are in different currencies.
    internal const string MixedBudgetCurrencies = "Initiatives.mixed-budget-currencies";
}
