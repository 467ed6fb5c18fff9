using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The G3 predicates of allocation eligibility at the boundaries no other test reaches: "confidentiality agreements,
/// signed by all parties prior to involvement in the initiatives" — a member that never signed, one that signed after
/// its involvement started, and one that signed at the very instant it started.
public sealed class AllocationClausesTests
{
    private static readonly Instant Involved = SnapshotBuilder.AllocationStart;

    [Fact]
    public void ConfidentialityRequirement_ParticipantSignedAfterItsInvolvementStarted_IsIneligibleAsBlockedOnly()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").ConfidentialProject("p1", 2, ("org-b", Involved))
            .Signs("org-b", "p1", Involved + Duration.FromHours(1)).Interest("org-b", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

        // Assert
        Assert.Equal(DecisionOutcome.Ineligible, decision.Outcome);
        Assert.Equal(["G3.blocked-participant"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void ConfidentialityRequirement_ParticipantThatNeverSigned_IsIneligibleForTheMissingAgreementOnly()
    {
        // Arrange: unsigned, the participant is also blocked under G3; the one reason is the missing signature.
        var scenario = An.AllocationScenario().Members("org-a", "org-b").ConfidentialProject("p1", 2, ("org-b", Involved)).Interest("org-b", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

        // Assert
        Assert.Equal(DecisionOutcome.Ineligible, decision.Outcome);
        Assert.Equal(["G3.no-agreement"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void ConfidentialityRequirement_ParticipantSignedAtTheInstantItsInvolvementStarted_IsAdmitted()
    {
        // Arrange
        var scenario = An.AllocationScenario().Members("org-a", "org-b").ConfidentialProject("p1", 2, ("org-b", Involved))
            .Signs("org-b", "p1", Involved).Interest("org-b", "p1");

        // Act
        var decision = Interest(scenario.EvaluateAllocation(), "p1/org-b");

        // Assert
        Assert.Equal(DecisionOutcome.Admitted, decision.Outcome);
    }

    private static Decision Interest(GovernanceReport report, string id) => report.For(SubjectKind.Interest, id).Single();
}
