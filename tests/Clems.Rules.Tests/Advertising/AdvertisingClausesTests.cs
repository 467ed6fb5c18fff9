using System.Linq;
using Clems.Rules.Advertising;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Advertising;

/// The S14 predicates at the boundaries the rule tests leave open: "on the basis of pre-approval for each individual
/// item" — the approval's first valid day, its date against the publication's Bucharest date, its channel spelled exactly.
public sealed class AdvertisingClausesTests
{
    private static SnapshotBuilder Members() => A.Snapshot().With(A.Member("org-a"));

    /// The item fact the projection builds for the snapshot's only item.
    private static AdvertisingItemFact Project(ClusterSnapshot snapshot)
        => new RuleTestFixture<AdvertisingPublicationRejectedRule>().Given(snapshot, Dates.AsOf).Query<AdvertisingItemFact>().Single();

    [Fact]
    public void PublishedWithinValidity_PublicationTheDayBeforeTheFirstValidDay_IsFalse()
    {
        // Arrange
        var item = Item("ad-1", "org-a", at: Instant.FromUtc(2026, 3, 10, 8, 0));
        var approval = ApprovalOf("ap-1", item, from: A.Date(2026, 3, 11));

        // Act
        var fact = Project(Members().With(item).With(approval).Build());

        // Assert
        Assert.False(AdvertisingClauses.PublishedWithinValidity(fact, fact.Approvals.Single()));
        Assert.False(AdvertisingClauses.HasCoveringApproval(fact));
    }

    [Fact]
    public void ApprovedBeforePublication_ApprovedOnTheBucharestDateOfAPublicationJustAfterMidnight_IsTrue()
    {
        // Arrange: 2026-03-09T22:30Z is 00:30 on 2026-03-10 in Bucharest, the day the approval was given.
        var item = Item("ad-1", "org-a", at: Instant.FromUtc(2026, 3, 9, 22, 30));
        var approval = ApprovalOf("ap-1", item, on: A.Date(2026, 3, 10));

        // Act
        var fact = Project(Members().With(item).With(approval).Build());

        // Assert
        Assert.True(AdvertisingClauses.ApprovedBeforePublication(fact, fact.Approvals.Single()));
        Assert.True(AdvertisingClauses.HasCoveringApproval(fact));
    }

    [Fact]
    public void SameChannel_ChannelDifferingOnlyInCase_IsFalse()
    {
        // Arrange
        var item = Item("ad-1", "org-a", channel: "newsletter");
        var approval = ApprovalOf("ap-1", item, channel: "Newsletter");

        // Act
        var fact = Project(Members().With(item).With(approval).Build());

        // Assert
        Assert.False(AdvertisingClauses.SameChannel(fact, fact.Approvals.Single()));
        Assert.Null(AdvertisingClauses.CoveringApproval(fact));
    }
}
