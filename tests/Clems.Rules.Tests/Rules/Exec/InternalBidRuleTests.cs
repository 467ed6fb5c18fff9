using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Rules.Exec;

public sealed class InternalBidRuleTests
{
    private static readonly GovernanceEngine s_engine = new();

    private static Decision Evaluate(SnapshotBuilder snapshot, string id)
        => Assert.Single(s_engine.Evaluate(snapshot.Build(), Dates.AsOf).For(SubjectKind.InternalBid, id));

    [Fact]
    public void Bid_ExpertiseCoveredExactly_IsFeasible()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").WithExpertise("sludge"), A.Member("org-b").WithExpertise("soil"))
            .With(new InternalBid(new("bid-1"), "Remediation", ["sludge", "soil"], [new OrganizationId("org-a"), new OrganizationId("org-b")]));

        // Act
        var decision = Evaluate(snapshot, "bid-1");

        // Assert
        Assert.Equal(DecisionOutcome.Feasible, decision.Outcome);
        Assert.Equal("Expertise 'sludge' is declared by Organisation org-a (org-a).", decision.Reasons[1].Text);
    }

    [Fact]
    public void Bid_ExpertiseOnlyFromLapsedMember_IsInfeasibleListingWhatIsMissing()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a").WithExpertise("sludge"), A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)).WithExpertise("soil"))
            .With(new InternalBid(new("bid-1"), "Remediation", ["sludge", "soil"], [new OrganizationId("org-a"), new OrganizationId("org-b")]));

        // Act
        var decision = Evaluate(snapshot, "bid-1");

        // Assert
        Assert.Equal(DecisionOutcome.Infeasible, decision.Outcome);
        Assert.Equal(["G14.interested-membership-ended", "G14.expertise-missing"], decision.Reasons.Select(r => r.Code));
        Assert.Equal("The bid requires expertise 'soil', which no interested active member declares.", decision.Reasons[1].Text);
    }

    [Fact]
    public void IntegratedProject_WithoutMemberBeneficiary_IsRejectedAndNotRunnable()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a").OfKind(InitiativeKind.IntegratedProject));

        // Act
        var decisions = s_engine.Evaluate(snapshot.Build(), Dates.AsOf).For(SubjectKind.Initiative, "i-1");

        // Assert
        var decision = Assert.Single(decisions);
        Assert.Equal("Initiatives.IntegratedProjectBeneficiaries", decision.RuleId);
        Assert.Equal("G14.no-beneficiary", Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void IntegratedProject_WithMemberBeneficiary_IsRunnable()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.Member("org-b"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b").OfKind(InitiativeKind.IntegratedProject));

        // Act
        var decisions = s_engine.Evaluate(snapshot.Build(), Dates.AsOf).For(SubjectKind.Initiative, "i-1");

        // Assert
        Assert.Contains(decisions, d => d.Outcome == DecisionOutcome.Runnable);
    }
}
