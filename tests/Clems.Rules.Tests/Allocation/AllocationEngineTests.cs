using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Decisions;
using Clems.Rules.Framework;
using Xunit;
using Xunit.Abstractions;

namespace Clems.Rules.Tests.Allocation;

public sealed class AllocationEngineTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_OversubscribedProjectWithAgreedRules_AdmitsByKeyAndExplainsEveryInterest()
    {
        // Arrange
        var scenario = new AllocationScenario()
            .Members("org-a", "org-b", "org-c", "org-d")
            .Project("p1", 2, competition: AllocationScenario.Rules(["org-a", "org-b", "org-c", "org-d"], CompetitionCriterion.CommittedAmount))
            .Interest("org-a", "p1").Interest("org-b", "p1").Interest("org-c", "p1").Interest("org-d", "p1")
            .Commit("org-a", "p1", 500m)
            .Commit("org-b", "p1", 3000m)
            .Commit("org-c", "p1", 100m, CommitmentPhase.Preparation)
            .Commit("org-d", "p1", 2000m);

        // Act
        var report = scenario.Evaluate();

        // Assert
        foreach (var d in report.Decisions.Where(d => d.Subject.Kind is SubjectKind.Project or SubjectKind.Interest))
        {
            output.WriteLine($"{d.Subject} {d.Outcome} {d.RuleId}: {string.Join(" | ", d.Reasons.Select(r => r.Text))}");
        }

        var p1 = report.Allocation.Projects.Single();
        Assert.Equal(["org-c", "org-b", "org-d", "org-a"], p1.Entries.Select(e => e.Member.Value));
        Assert.Equal(2, p1.CutoffRank);
        Assert.Equal(DecisionOutcome.Admitted, report.For(SubjectKind.Interest, "p1/org-c").Single().Outcome);
        Assert.Equal(DecisionOutcome.Waitlisted, report.For(SubjectKind.Interest, "p1/org-d").Single().Outcome);
        Assert.Contains("lost on committedAmount with 2,000.00 RON against the cutoff's 3,000.00 RON", report.For(SubjectKind.Interest, "p1/org-d").Single().Reasons.Single().Text, System.StringComparison.Ordinal);
        Assert.Empty(AllocationChecker.Check(report.Allocation));
    }
}
