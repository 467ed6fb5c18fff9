using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// The documented limit of the mechanism (design.md "Allocation"): with caps of 2 or more, a higher commitment at one
/// project can lose the member another project. This test keeps the counterexample so the docs stay honest.
public sealed class AllocationLimitTests
{
    [Fact]
    public void Evaluate_CapOfTwoAndHigherCommitmentAtP_LosesQ()
    {
        // Arrange: org-a (cap 2) wants q, then p; org-b (cap 1) wants p, then q. At p org-b commits more than org-a; at q
        // org-b also outranks org-a. Before the raise org-b holds p and, its cap full, never proposes to q: org-a gets q.
        SnapshotBuilder Scenario(decimal amountOfAAtP) => An.AllocationScenario()
            .Members("org-a", "org-b")
            .Project("p", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.CommittedAmount))
            .Project("q", 1, competition: AgreedRules(["org-a", "org-b"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p").Interest("org-a", "q").Interest("org-b", "p").Interest("org-b", "q")
            .Commit("org-a", "p", amountOfAAtP).Commit("org-a", "q", 200m)
            .Commit("org-b", "p", 300m).Commit("org-b", "q", 300m)
            .Cap("org-a", 2, "q", "p")
            .Cap("org-b", 1, "p", "q");

        // Act: org-a raises its commitment at p above org-b's. It now displaces org-b at p; org-b, rejected, proposes to
        // q, where it outranks org-a and displaces it. org-a trades q, its first choice, for p.
        var before = Scenario(100m).EvaluateAllocation().Allocation;
        var after = Scenario(500m).EvaluateAllocation().Allocation;

        // Assert
        Assert.Equal(["q"], AllocationText.Places(before, "org-a"));
        Assert.Equal(["p"], AllocationText.Places(after, "org-a"));
        Assert.Empty(AllocationChecker.Check(before));
        Assert.Empty(AllocationChecker.Check(after));
    }
}
