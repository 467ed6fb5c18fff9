using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Initiatives;

public sealed class RunnableInitiativeRuleTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    private readonly RuleTestFixture<RunnableInitiativeRule> _fixture = new();

    [Fact]
    public void Initiative_WithoutFinding_IsRunnableWithOneReasonPerClause()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a").Named("Alpha SRL"), A.Member("org-b"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b")
                .WithActivities(
                    new Activity("Design", A.Date(2026, 4, 1), A.Date(2026, 5, 31)),
                    new Activity("Build", A.Date(2026, 6, 1), A.Date(2026, 9, 30))));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertFired(1);
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Runnable, decision.Outcome);
        Assert.Equal("Initiatives.Runnable", decision.RuleId);
        Assert.Equal(["G9", "G10", "G11"], decision.Clauses.Select(c => c.ToString()));
        Assert.Equal(
            [
                "G9.initiated-by-member: Initiated by member Alpha SRL (org-a) and proposed by Representative of org-a (rep-org-a) of Alpha SRL.",
                "G10.members-only: All 2 organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.",
                "G11.action-plan: The action plan has 2 activities, from 2026-04-01 to 2026-09-30.",
                "G11.funded: Funding of 12,000.00 RON covers the budget of 12,000.00 RON.",
            ],
            decision.Reasons.Select(r => r.Code + ": " + r.Text));
    }

    [Fact]
    public void WorkingGroupInitiative_WithNoOtherParty_CountsTheProposersOrganization()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(A.WorkingGroup("wg-1", "org-a", "org-b", "org-c"))
            .With(An.Initiative("i-1").ByWorkingGroup("wg-1", proposedBy: "rep-org-b"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal(
            "Initiated by working group Group wg-1 (wg-1) and proposed by Representative of org-b (rep-org-b) of Organisation org-b.",
            reasons[0].Text);
        Assert.Equal("The one organisation involved is an active member of CLEMS.", reasons[1].Text);
    }

    [Fact]
    public void Initiative_WithAFinding_IsNotDecidedRunnable()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(An.Initiative("i-1").By("org-a"));
        _fixture.Given(snapshot);
        var initiative = Assert.Single(_fixture.Query<InitiativeFact>());

        // Act
        _fixture.Stop(initiative).Fire();

        // Assert
        _fixture.AssertDidNotFire();
        Assert.Empty(_fixture.Decisions);
    }

    [Fact]
    public void Finding_AboutAnotherInitiative_DoesNotStopThisOne()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"))
            .With(An.Initiative("i-1").By("org-a"), An.Initiative("i-2").By("org-a"));
        _fixture.Given(snapshot);
        var other = _fixture.Query<InitiativeFact>().Single(f => f.Initiative.Id.Value == "i-2");

        // Act
        _fixture.Stop(other).Fire();

        // Assert
        _fixture.AssertFired(1);
        _fixture.AssertFiredWith<InitiativeFinding>(f => f.Initiative.Initiative.Id.Value == "i-1");
        Assert.Equal("i-1", _fixture.SingleDecision().Subject.Id);
    }

    [Theory]
    [InlineData("G9", "Initiatives.InitiatorAndRepresentative")]
    [InlineData("G10", "Initiatives.MembersOnly")]
    [InlineData("G11", "Initiatives.ActionPlanAndFunding")]
    public void Initiative_WithAGapFoundByAnyClause_IsNeverRunnable(string clause, string gapRule)
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a");
        _ = clause switch
        {
            "G9" => initiative.WithoutRepresentative(),
            "G10" => initiative.WithParticipants("org-x"),
            _ => initiative.WithFunding(Ron(100m)),
        };
        var snapshot = A.Snapshot().With(A.Member("org-a"), A.NonMember("org-x")).With(initiative).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var decision = Assert.Single(report.For(SubjectKind.Initiative, "i-1"));
        Assert.Equal(gapRule, decision.RuleId);
        Assert.NotEqual(DecisionOutcome.Runnable, decision.Outcome);
    }

    [Fact]
    public void Initiative_WithoutGap_IsRunnableThroughTheEngine()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(An.Initiative("i-1").By("org-a")).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        var decision = Assert.Single(report.For(SubjectKind.Initiative, "i-1"), d => d.RuleId == "Initiatives.Runnable");
        Assert.Equal(DecisionOutcome.Runnable, decision.Outcome);
    }
}
