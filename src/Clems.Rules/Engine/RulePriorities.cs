namespace Clems.Rules.Engine;

/// Salience bands: context rules first, then the rules that find a gap, then the rules that conclude from
/// the absence of gaps (they match with Not, so a finding inserted earlier cancels their activation).
internal static class RulePriorities
{
    internal const int Context = 100;
    internal const int Findings = 50;
    internal const int Conclusions = 0;

    /// Rules that rank what the conclusions produced across the evaluation (G12's queue of runnable initiatives).
    internal const int Ranking = -50;
}
