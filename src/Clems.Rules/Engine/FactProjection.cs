namespace Clems.Rules.Engine;

/// Turns a validated snapshot into the facts of the first firing, each area in the registry's order: references
/// resolved to objects, the as-of date applied, inputs ordered by id so that the result never depends on input order.
/// Linear in the size of the snapshot: no rule has to join facts on ids (design.md, "NRules at scale").
internal static class FactProjection
{
    internal static ProjectionScope Project(ClusterSnapshot snapshot, EvaluationContext context)
    {
        var scope = new ProjectionScope(snapshot, context);
        foreach (var area in AreaRegistry.Areas)
        {
            scope.Enter(area);
            area.Project(scope);
        }

        return scope;
    }
}
