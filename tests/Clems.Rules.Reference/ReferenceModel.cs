using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Engine;
using NodaTime;

namespace Clems.Rules.Reference;

/// The clauses of the CLEMS governance, each implemented as directly as its text reads, in plain C#: the oracle the
/// differential tests compare the engine with. Shares no rule or helper code with the engine; only its domain types.
public static class ReferenceModel
{
    /// Every decision the clauses make on the snapshot at the as-of date, in the report's order.
    /// Throws <see cref="ReferenceInputException"/> where the engine reports a validation error found while deciding.
    public static IReadOnlyList<ReferenceDecision> Decide(ClusterSnapshot snapshot, LocalDate asOf)
    {
        ArgumentNullException.ThrowIfNull(snapshot);
        var cluster = new Clauses.Cluster(snapshot, asOf);
        Clauses.FrameworkClause.Decide(cluster);
        var runnable = Clauses.Initiatives.Decide(cluster);
        Clauses.WorkingGroups.Decide(cluster);
        Clauses.Confidentiality.Decide(cluster);
        Clauses.Executive.Decide(cluster, runnable);
        Clauses.SalesAgency.Decide(cluster);
        Clauses.InternalBids.Decide(cluster);
        Clauses.ClusterRoutes.Decide(cluster);
        Clauses.Services.Decide(cluster);
        Clauses.Advertising.Decide(cluster);
        Clauses.Tenders.Decide(cluster);
        Clauses.Allocation.Decide(cluster, runnable);
        return [.. cluster.Decisions
            .OrderBy(d => d.Kind)
            .ThenBy(d => d.SubjectId, StringComparer.Ordinal)
            .ThenBy(d => d.RuleId, StringComparer.Ordinal)
            .ThenBy(d => d.Outcome)];
    }
}
