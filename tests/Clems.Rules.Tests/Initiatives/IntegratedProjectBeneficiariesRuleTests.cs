using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Initiatives;

public sealed class IntegratedProjectBeneficiariesRuleTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    private readonly RuleTestFixture<IntegratedProjectBeneficiariesRule> _fixture = new();

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

    [Fact]
    public void IntegratedProject_WithMemberBeneficiary_DoesNotFire()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.Member("org-b"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b").OfKind(InitiativeKind.IntegratedProject));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Initiative_NotAnIntegratedProjectWithoutBeneficiary_DoesNotFire()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
