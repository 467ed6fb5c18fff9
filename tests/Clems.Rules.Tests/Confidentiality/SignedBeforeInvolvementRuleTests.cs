using System.Linq;
using Clems.Rules.Confidentiality;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Dates;
using static Clems.Rules.Tests.Confidentiality.ConfidentialityCases;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Confidentiality;

public sealed class SignedBeforeInvolvementRuleTests
{
    private readonly RuleTestFixture<SignedBeforeInvolvementRule> _fixture = new();

    [Fact]
    public void Participant_SignedAtExactlyTheInvolvementInstant_IsApproved()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Involved), Signature("i-1", "org-c", Involved));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert: one decision for each participant, both signed in time.
        Assert.Equal(
            [new DecisionSubject(SubjectKind.Participation, "i-1/org-b"), new DecisionSubject(SubjectKind.Participation, "i-1/org-c")],
            _fixture.Decisions.Select(d => d.Subject));
        var decision = _fixture.Decisions[0];
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(
            "Beta (org-b) signed the confidentiality agreement of confidential initiative i-1 at 2026-02-01T09:00:00Z, at or before its involvement started at 2026-02-01T09:00:00Z.",
            Assert.Single(decision.Reasons).Text);
    }

    [Fact]
    public void Participant_SignedOneTickAfterItsInvolvement_IsNotApproved()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Involved), Signature("i-1", "org-c", Involved + Duration.Epsilon));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("i-1/org-b", _fixture.SingleDecision().Subject.Id);
    }

    [Fact]
    public void Participant_SignedWhileAnotherHasNotSigned_IsApprovedAlone()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Instant(2026, 1, 15)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("i-1/org-b", _fixture.SingleDecision().Subject.Id);
    }

    [Fact]
    public void Initiative_NotConfidential_NeedsNoAgreement()
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a").WithParticipant("org-b", Involved);
        var snapshot = Cluster(initiative);

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Agreement_ByANonParticipant_HasNoEffect()
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a").Confidential().WithParticipant("org-b", Involved);
        var snapshot = Cluster(initiative).With(Signature("i-1", "org-b", Involved), Signature("i-1", "org-c", Instant(2026, 1, 1)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("i-1/org-b", _fixture.SingleDecision().Subject.Id);
        Assert.Single(_fixture.Query<ConfidentialParticipation>());
    }
}
