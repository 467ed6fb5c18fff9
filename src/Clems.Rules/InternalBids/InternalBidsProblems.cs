namespace Clems.Rules.InternalBids;

/// The codes of the internal-bids area's input problems (docs/scenario-format.md, "Problems").
internal static class InternalBidsProblems
{
    /// An internal bid requires no expertise (G14).
    internal const string NoExpertise = "InternalBids.no-expertise";
}
