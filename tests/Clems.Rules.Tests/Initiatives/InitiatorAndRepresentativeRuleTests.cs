using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Initiatives;

public sealed class InitiatorAndRepresentativeRuleTests
{
    private readonly RuleTestFixture<InitiatorAndRepresentativeRule> _fixture = new();

    [Fact]
    public void Initiative_WithoutInitiator_IsRejectedCitingG9()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"))
            .With(An.Initiative("i-1").WithoutInitiator().ProposedBy("rep-org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal("Initiatives.InitiatorAndRepresentative", decision.RuleId);
        Assert.Equal([ClauseId.Parse("G9")], decision.Clauses.ToArray());
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G9.no-initiator", reason.Code);
        Assert.Equal(
            "Initiative i-1 names no initiating member or working group; activities are initiated by member organisations.",
            reason.Text);
    }

    [Fact]
    public void Initiative_WithoutRepresentative_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a").WithoutRepresentative());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFiredWith<InitiativeFact>(f => f.Initiative.Id.Value == "i-1");
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G9.no-representative", reason.Code);
        Assert.Equal("Initiative i-1 names no representative who proposes it on behalf of its initiator.", reason.Text);
    }

    [Fact]
    public void Initiative_WithNeitherInitiatorNorRepresentative_GivesBothReasons()
    {
        // Arrange
        var snapshot = A.Snapshot().With(An.Initiative("i-1").WithoutInitiator().WithoutRepresentative());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(["G9.no-initiator", "G9.no-representative"], _fixture.SingleDecision().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Representative_OfAnotherOrganization_IsRejectedNamingBoth()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(
                A.Member("org-a").Named("Alpha SRL"),
                A.Member("org-b").Named("Beta SA").WithoutRepresentatives().WithRepresentative("rep-bogdan", "Bogdan Pop"))
            .With(An.Initiative("i-1").By("org-a").ProposedBy("rep-bogdan"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G9.representative-not-of-initiator", reason.Code);
        Assert.Equal("Bogdan Pop (rep-bogdan) represents Beta SA (org-b), not the initiating member Alpha SRL (org-a).", reason.Text);
        Assert.Contains(new FactReference(FactKind.Representative, "rep-bogdan"), decision.Facts);
    }

    [Fact]
    public void Representative_OfTheInitiatingMember_IsAccepted()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.DoesNotContain(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
    }

    [Fact]
    public void WorkingGroupInitiator_WithRepresentativeOfAGroupMember_IsAccepted()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", proposedBy: "rep-org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void WorkingGroupInitiator_WithRepresentativeOfANonMemberOfTheGroup_IsRejected()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"), A.Member("org-d").Named("Delta SRL"))
            .With(A.WorkingGroup("wg-1", "org-c", "org-a", "org-b"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", proposedBy: "rep-org-d"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G9.representative-not-of-initiator", reason.Code);
        Assert.Equal(
            "Representative of org-d (rep-org-d) represents Delta SRL (org-d), which is not a member of the initiating working group wg-1 (members: org-a, org-b, org-c).",
            reason.Text);
    }

    [Fact]
    public void Rejection_InsertsAFindingForTheInitiative()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(An.Initiative("i-1").By("org-a").WithoutRepresentative());

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var finding = Assert.Single(_fixture.Query<InitiativeFinding>(), f => f.Stopped);
        Assert.Equal("i-1", finding.Initiative.Initiative.Id.Value);
    }
}
