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

public sealed class SalesAgencyRefusedRuleTests
{
    private readonly RuleTestFixture<SalesAgencyRefusedRule> _fixture = new();

    [Fact]
    public void Request_ForProductOfNonMembers_IsRejectedWithEachGap()
    {
        // Arrange
        var snapshot = ProductOfNonMembers();

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal(["G13.initiator-never-a-member", "G13.no-member-funding"], decision.Reasons.Select(r => r.Code));
        Assert.Contains("is no longer a member: its membership ended on 2026-02-28", decision.Reasons[1].Text, System.StringComparison.Ordinal);
    }

    [Fact]
    public void Request_ForProductWithoutInitiatorsOrFunders_GivesBothReasons()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(SaleOfProduct("sa-1", "org-a", "Filter", [], []));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        Assert.Equal(["G13.no-initiator", "G13.no-member-funding"], decision.Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Request_ForInitiativeOfAGroupWithALapsedMember_SaysItIsOneOfTheGroupsMembers()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Organization("org-c").Named("Gamma").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", "rep-org-a")
                .WithFundingSources(new FundingSource(FundingKind.MemberContribution, Ron(12_000m), new OrganizationId("org-a"))))
            .With(SaleOfInitiative("sa-1", "org-a", "i-1"));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G13.initiator-membership-ended", reason.Code);
        Assert.Equal(
            "Gamma (org-c), one of the members of working group wg-1, which initiated it, initiated the initiative Initiative i-1 (i-1) "
            + "but is no longer a member: its membership ended on 2026-02-28 (as of 2026-03-01); CLEMS sells only what members initiated.",
            reason.Text);
    }

    [Fact]
    public void Request_ForInitiativeWhoseMemberContributesZero_NamesTheContribution()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a").WithFundingSources(
                new FundingSource(FundingKind.MemberContribution, Ron(0m), new OrganizationId("org-a")),
                new FundingSource(FundingKind.PublicFunds, Ron(12_000m))))
            .With(SaleOfInitiative("sa-1", "org-a", "i-1"));

        // Act
        var decision = snapshot.SingleDecision(SubjectKind.SalesAgencyRequest, "sa-1");

        // Assert
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G13.no-member-funding", reason.Code);
        Assert.Equal(
            "No active member funds the initiative Initiative i-1 (i-1): Organisation org-a (org-a) contributes 0.00 RON; CLEMS sells only what members fund.",
            reason.Text);
    }

    [Fact]
    public void Request_ForMemberInitiatedAndFundedInitiative_DoesNotFire()
    {
        // Arrange
        var snapshot = MemberInitiative();

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
