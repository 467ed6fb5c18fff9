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

public sealed class SignatureMissingOrLateRuleTests
{
    private readonly RuleTestFixture<SignatureMissingOrLateRule> _fixture = new();

    [Fact]
    public void Participant_SignedAtExactlyTheInvolvementInstant_IsNotBlocked()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Involved), Signature("i-1", "org-c", Involved));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }

    [Fact]
    public void Participant_SignedOneTickAfterItsInvolvement_IsBlockedAlone()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Involved), Signature("i-1", "org-c", Involved + Duration.Epsilon));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.Participation, "i-1/org-c"), decision.Subject);
        Assert.Equal(DecisionOutcome.Blocked, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G3")], decision.Clauses.ToArray());
        var reason = Assert.Single(decision.Reasons);
        Assert.Equal("G3.signed-late", reason.Code);
        Assert.Equal(
            "Gamma (org-c) signed the confidentiality agreement of confidential initiative i-1 at 2026-02-01T09:00:00.000000001Z, "
            + "after its involvement started at 2026-02-01T09:00:00Z; the agreement must be signed at or before the involvement starts.",
            reason.Text);
    }

    [Fact]
    public void Participant_WithoutASignature_IsBlockedAlone()
    {
        // Arrange
        var snapshot = Cluster(Secret()).With(Signature("i-1", "org-b", Instant(2026, 1, 15)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var blocked = _fixture.SingleDecision();
        Assert.Equal("i-1/org-c", blocked.Subject.Id);
        var reason = Assert.Single(blocked.Reasons);
        Assert.Equal("G3.no-agreement", reason.Code);
        Assert.Equal(
            "Gamma (org-c) has not signed the confidentiality agreement of confidential initiative i-1, although its involvement starts at 2026-02-01T09:00:00Z; "
            + "it is blocked from the initiative until it signs before its involvement.",
            reason.Text);
    }

    [Fact]
    public void Participant_WithoutAnInvolvementStart_IsBlocked()
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a").Confidential().WithParticipant("org-b", null);
        var snapshot = Cluster(initiative).With(Signature("i-1", "org-b", Instant(2026, 1, 15)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G3.involvement-start-unknown", reason.Code);
        Assert.Equal(
            "No involvement start (involvedFrom) is recorded for Beta (org-b) in confidential initiative i-1, so a signature at 2026-01-15T00:00:00Z "
            + "cannot be shown to precede it; record when its involvement starts.",
            reason.Text);
    }

    [Fact]
    public void Participant_WithoutASignatureOrAnInvolvementStart_IsBlockedForBoth()
    {
        // Arrange
        var initiative = An.Initiative("i-1").By("org-a").Confidential().WithParticipant("org-b", null);
        var snapshot = Cluster(initiative);

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reasons = _fixture.SingleDecision().Reasons;
        Assert.Equal(["G3.no-agreement", "G3.involvement-start-unknown"], reasons.Select(r => r.Code));
        Assert.Equal(
            "Beta (org-b) has not signed the confidentiality agreement of confidential initiative i-1; "
            + "it is blocked from the initiative until it signs before its involvement.",
            reasons[0].Text);
        Assert.Equal(
            "No involvement start (involvedFrom) is recorded for Beta (org-b) in confidential initiative i-1, so a signature "
            + "cannot be shown to precede it; record when its involvement starts.",
            reasons[1].Text);
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
}
