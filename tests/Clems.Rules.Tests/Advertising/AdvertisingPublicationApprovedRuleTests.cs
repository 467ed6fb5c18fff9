using System.Linq;
using Clems.Rules.Advertising;
using Clems.Rules.Decisions;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Advertising;

public sealed class AdvertisingPublicationApprovedRuleTests
{
    private readonly RuleTestFixture<AdvertisingPublicationApprovedRule> _fixture = new();

    [Fact]
    public void Item_CoveredByItsApproval_IsApprovedNamingTheApproval()
    {
        // Arrange
        var item = Item("ad-1", "org-a");
        var snapshot = A.Snapshot().With(A.Member("org-a")).With(item).With(ApprovalOf("ap-1", item));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal(DecisionOutcome.Approved, decision.Outcome);
        Assert.Equal(["G10.active-member", "S14.approved"], decision.Reasons.Select(r => r.Code));
        Assert.Equal(
            $"Approval ap-1, given on 2026-02-20, covers item ad-1 as it is now: content SHA-256 {item.ContentSha256[..12]}…, channel newsletter, valid from 2026-03-01 to 2026-03-31, which includes the publication date 2026-03-10.",
            decision.Reasons[1].Text);
        Assert.Contains(new FactReference(FactKind.AdvertisingApproval, "ap-1"), decision.Facts);
    }

    [Fact]
    public void Item_PublishedOnTheLastDayOfTheInterval_IsApproved()
    {
        // Arrange
        var item = Item("ad-1", "org-a");
        var snapshot = A.Snapshot().With(A.Member("org-a"))
            .With(item).With(ApprovalOf("ap-1", item, from: A.Date(2026, 3, 10), to: A.Date(2026, 3, 10), on: A.Date(2026, 3, 10)));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        Assert.Equal(DecisionOutcome.Approved, _fixture.SingleDecision().Outcome);
    }

    [Fact]
    public void Item_ContentHash_IsTheLowerCaseHexSha256OfTheUtf8Content()
    {
        // Arrange
        var item = Item("ad-1", "org-a", content: "abc");

        // Act
        var hash = item.ContentSha256;

        // Assert
        Assert.Equal("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad", hash);
    }

    [Fact]
    public void Item_OfAFormerMember_DoesNotFire()
    {
        // Arrange
        var item = Item("ad-1", "org-b");
        var snapshot = A.Snapshot().With(A.Organization("org-b").MemberBetween(Dates.Joined, A.Date(2026, 2, 28)))
            .With(item).With(ApprovalOf("ap-1", item));

        // Act
        _fixture.Given(snapshot).Fire();

        // Assert
        _fixture.AssertDidNotFire();
    }
}
