using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;

namespace Clems.Rules.Reference.Clauses;

/// G1: the framework in force on the as-of date applies.
internal static class FrameworkClause
{
    public static void Decide(Cluster cluster)
    {
        var framework = cluster.Framework;
        var superseded = cluster.Snapshot.Frameworks.Any(f => f.EffectiveFrom < framework.EffectiveFrom);
        var reasons = new List<string> { "G1.in-force" };
        if (superseded)
        {
            reasons.Add("G1.supersedes");
        }

        reasons.Add("G1.parameters");
        cluster.Decide(SubjectKind.Framework, framework.Id.Value, DecisionOutcome.Applied, "Framework.InForce", "G1", reasons);
    }
}
