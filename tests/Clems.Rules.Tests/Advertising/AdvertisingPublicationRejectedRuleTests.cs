using System.Linq;
using Clems.Rules.Advertising;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Advertising;

public sealed class AdvertisingPublicationRejectedRuleTests
{
    private readonly RuleTestFixture<AdvertisingPublicationRejectedRule> _fixture = new();

    private static SnapshotBuilder Members() => A.Snapshot().With(A.Member("org-a").Named("Alpha SRL"), A.NonMember("org-x").Named("Xeno SRL"));

    [Fact]
    public void Item_WithoutApproval_IsRejected()
    {
        // Arrange
        var snapshot = Members().With(Item("ad-1", "org-a"));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.AdvertisingItem, "ad-1"), decision.Subject);
        Assert.Equal(DecisionOutcome.Rejected, decision.Outcome);
        Assert.Equal([ClauseId.Parse("G10"), ClauseId.Parse("S14")], decision.Clauses.ToArray());
        Assert.Equal("S14.no-approval", Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void Item_EditedAfterApproval_IsRejectedShowingBothHashes()
    {
        // Arrange
        var item = Item("ad-1", "org-a", content: "Eco-bricks, now 20% cheaper.");
        var approval = ApprovalOf("ap-1", item, content: "Eco-bricks from recycled glass, made in Bistrita.");
        var snapshot = Members().With(item).With(approval);

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("S14.content-changed", reason.Code);
        Assert.Contains(approval.ContentSha256[..12] + "…", reason.Text);
        Assert.Contains(item.ContentSha256[..12] + "…", reason.Text);
        Assert.NotEqual(approval.ContentSha256, item.ContentSha256);
    }

    [Fact]
    public void Item_ApprovalEndsTheDayBeforePublication_IsRejectedWithTheDates()
    {
        // Arrange
        var item = Item("ad-1", "org-a", at: Instant.FromUtc(2026, 3, 10, 8, 0));
        var snapshot = Members().With(item).With(ApprovalOf("ap-1", item, to: A.Date(2026, 3, 9)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("S14.outside-validity", reason.Code);
        Assert.Equal(
            "Approval ap-1 is valid from 2026-03-01 to 2026-03-09, but item ad-1 is to be published on 2026-03-10 (2026-03-10T08:00:00Z, Europe/Bucharest date).",
            reason.Text);
    }

    [Fact]
    public void Item_PublishedJustAfterMidnightInBucharest_UsesTheBucharestDate()
    {
        // Arrange: 2026-03-09T22:30Z is 00:30 on 2026-03-10 in Bucharest (UTC+2), after an approval ending 2026-03-09.
        var item = Item("ad-1", "org-a", at: Instant.FromUtc(2026, 3, 9, 22, 30));
        var snapshot = Members().With(item).With(ApprovalOf("ap-1", item, to: A.Date(2026, 3, 9)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal("S14.outside-validity", Assert.Single(_fixture.SingleDecision().Reasons).Code);
    }

    [Fact]
    public void Item_ApprovalOfAnotherItemWithTheSameContent_DoesNotCoverIt()
    {
        // Arrange
        var approved = Item("ad-1", "org-a");
        var copy = Item("ad-2", "org-a");
        var snapshot = Members().With(approved, copy).With(ApprovalOf("ap-1", approved));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal("ad-2", decision.Subject.Id);
        Assert.Equal("S14.no-approval", Assert.Single(decision.Reasons).Code);
    }

    [Fact]
    public void Item_ApprovalForAnotherChannelGivenAfterPublication_ListsEveryReason()
    {
        // Arrange
        var item = Item("ad-1", "org-x");
        var snapshot = Members().With(item).With(ApprovalOf("ap-1", item, channel: "website", on: A.Date(2026, 3, 11)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(
            ["G10.never-a-member", "S14.wrong-channel", "S14.approved-after-publication"],
            _fixture.SingleDecision().Reasons.Select(r => r.Code));
    }

    [Fact]
    public void Item_OfANonMemberCoveredByOneOfItsApprovals_IsRejectedForTheMembershipAlone()
    {
        // Arrange
        var item = Item("ad-1", "org-x");
        var snapshot = Members().With(item).With(ApprovalOf("ap-old", item, to: A.Date(2026, 3, 5)), ApprovalOf("ap-1", item));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var reason = Assert.Single(_fixture.SingleDecision().Reasons);
        Assert.Equal("G10.never-a-member", reason.Code);
    }

    [Fact]
    public void Item_CoveredByItsApproval_DoesNotFire()
    {
        // Arrange
        var item = Item("ad-1", "org-a");
        var snapshot = Members().With(item).With(ApprovalOf("ap-old", item, to: A.Date(2026, 3, 5)), ApprovalOf("ap-1", item));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
