using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;
using static Clems.Rules.Tests.SalesAgency.SalesAgencyCases;

namespace Clems.Rules.Tests.SalesAgency;

public sealed class SalesAgencyApprovedRuleTests
{
    private readonly RuleTestFixture<SalesAgencyApprovedRule> _fixture = new();

    [Fact]
    public void Request_ForMemberInitiatedAndFundedInitiative_IsApproved()
    {
        // Arrange
        var snapshot = MemberInitiative();

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(["G13.initiated-by-members", "G13.funded-by-members", "G13.requested-by"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Request_ForInitiativeOfAWorkingGroup_SaysTheInitiatorsAreItsMembers()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a")
                .WithFundingSources(new FundingSource(FundingKind.MemberContribution, Ron(12_000m), new OrganizationId("org-a"))))
            .With(SaleOfInitiative("sa-1", "org-a", "i-1"));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        Assert.Equal(
            "The initiative Initiative i-1 (i-1) was initiated by active members: Organisation org-a (org-a), Organisation org-b (org-b) "
            + "and Organisation org-c (org-c) (the members of working group wg-1, which initiated it).",
            decision.Reasons.Single(r => r.Code == "G13.initiated-by-members").Text);
    }

    [Fact]
    public void Request_ForProductFundedByMembers_NamesEachFunder()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.Member("org-b").Named("Beta SRL"))
            .With(SaleOfProduct("sa-1", "org-a", "Filter", ["org-a"], ["org-a", "org-b"]));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        Assert.Equal(
            "Active members fund it: Organisation org-a (org-a) and Beta SRL (org-b).",
            decision.Reasons.Single(r => r.Code == "G13.funded-by-members").Text);
    }

    [Fact]
    public void Request_ForProductOfNonMembers_DoesNotFire()
    {
        // Arrange
        var snapshot = ProductOfNonMembers();

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
