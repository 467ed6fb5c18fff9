namespace Clems.Rules.ClusterRoutes;

/// The codes of the cluster-routes area's input problems (docs/scenario-format.md, "Problems").
internal static class ClusterRoutesProblems
{
    /// An opportunity names no thematic area (G15).
    internal const string NoThematicArea = "ClusterRoutes.no-thematic-area";

    /// An organisation asks about one opportunity twice.
    internal const string DuplicateRequest = "ClusterRoutes.duplicate-request";

    /// An organisation's resources and an opportunity's needs are in currencies the framework in force has no rate
    /// between (G15).
    internal const string NoExchangeRate = "ClusterRoutes.no-exchange-rate";
}
