using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Services;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.Engine;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Services;

/// The behaviour every "members only" service rule shares (G10 and its S clause): an active member's request is
/// approved, a non-member's rejected, and the rule decides only its own service's requests. One derived class per rule.
public abstract class MembersOnlyServiceRuleTests(ClusterService service, ClusterService other, string ruleId, string clause)
{
    /// Fires the derived class's rule alone on the snapshot, as of <see cref="Dates.AsOf"/>, and returns its decisions.
    protected abstract IReadOnlyList<Decision> Fire(ClusterSnapshot snapshot);

    [Fact]
    public void Request_ByActiveMember_IsApprovedCitingG10AndItsClause()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(Request("sr-1", service, "org-a")).Build();

        // Act
        var decisions = Fire(snapshot);

        // Assert
        var decision = Assert.Single(decisions);
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(ruleId, decision.RuleId);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse(clause)], decision.Clauses.ToArray());
    }

    [Fact]
    public void Request_ByNonMember_IsRejectedUnderG10()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.NonMember("org-x")).With(Request("sr-1", service, "org-x")).Build();

        // Act
        var decisions = Fire(snapshot);

        // Assert
        var decision = Assert.Single(decisions);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Contains(decision.Reasons, r => r.Code.StartsWith("G10.", StringComparison.Ordinal));
    }

    [Fact]
    public void Request_ForAnotherService_IsNotDecided()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(Request("sr-1", other, "org-a")).Build();

        // Act
        var decisions = Fire(snapshot);

        // Assert
        Assert.Empty(decisions);
    }
}
