using System.Collections.Generic;
using Clems.Rules.Framework;

namespace Clems.Rules.Engine;

/// Runs every area's checks of a snapshot, in the registry's order, after indexing the ids of every identified array;
/// gathers every problem instead of stopping at the first.
internal static class SnapshotValidator
{
    internal static IReadOnlyList<ValidationProblem> Validate(ClusterSnapshot snapshot)
    {
        var scope = new ValidationScope(snapshot);
        foreach (var area in AreaRegistry.Areas)
        {
            foreach (var array in area.Identities)
            {
                scope.Index(array);
            }
        }

        foreach (var area in AreaRegistry.Areas)
        {
            scope.Enter(area);
            area.Validate(scope);
        }

        return scope.Problems;
    }

    /// The checks that depend on the framework in force; run only on a snapshot that passed <see cref="Validate"/>.
    internal static IReadOnlyList<ValidationProblem> ValidateInForce(ClusterSnapshot snapshot, FrameworkVersion framework)
    {
        var scope = new ValidationScope(snapshot);
        foreach (var area in AreaRegistry.Areas)
        {
            scope.Enter(area);
            area.ValidateInForce(scope, framework);
        }

        return scope.Problems;
    }
}
