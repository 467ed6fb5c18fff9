using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Framework;

public sealed class FrameworkInForceRuleTests
{
    private static readonly FrameworkVersion s_v1 = Version("v1", A.Date(2019, 12, 1), A.Date(2020, 1, 1));
    private static readonly FrameworkVersion s_v2 = Version("v2", A.Date(2025, 11, 15), A.Date(2026, 1, 1));
    private static readonly FrameworkVersion s_v3 = Version("v3", A.Date(2026, 5, 20), A.Date(2026, 7, 1));

    private readonly RuleTestFixture<FrameworkInForceRule> _fixture = new();

    private static FrameworkVersion Version(string id, LocalDate adopted, LocalDate effective, FrameworkParameters? parameters = null)
        => new(new FrameworkVersionId(id), adopted, effective, parameters);

    private static ClusterSnapshot Frameworks(params FrameworkVersion[] versions) => A.Snapshot().WithFrameworks(versions).Build();

    [Fact]
    public void Framework_WithLatestEffectiveDateOnOrBeforeAsOf_IsApplied()
    {
        // Arrange
        var snapshot = Frameworks(s_v3, s_v1, s_v2);

        // Act
        _fixture.Given(snapshot, A.Date(2026, 3, 1)).Fire();

        // Assert
        _fixture.AssertFired(1);
        var decision = _fixture.SingleDecision();
        Assert.Equal(new DecisionSubject(SubjectKind.Framework, "v2"), decision.Subject);
        Assert.Equal(DecisionOutcome.Applied, decision.Outcome);
        Assert.Equal("Framework.InForce", decision.RuleId);
        Assert.Equal([ClauseId.Parse("G1")], decision.Clauses.ToArray());
        Assert.Equal([new FactReference(FactKind.Framework, "v2")], decision.Facts.ToArray());
        Assert.Equal(
            "Framework v2, adopted by the General Assembly on 2025-11-15, is in force from 2026-01-01 and applies on 2026-03-01.",
            decision.Reasons[0].Text);
    }

    [Fact]
    public void Framework_SupersededByTheOneApplied_IsNamed()
    {
        // Arrange
        var snapshot = Frameworks(s_v1, s_v2, s_v3);

        // Act
        _fixture.Given(snapshot, A.Date(2026, 3, 1)).Fire();

        // Assert
        var reason = _fixture.SingleDecision().Reasons.Single(r => r.Code == "G1.supersedes");
        Assert.Equal("It replaced framework v1, in force from 2020-01-01.", reason.Text);
    }

    [Fact]
    public void AsOf_EqualToEffectiveFrom_AppliesTheNewVersion()
    {
        // Arrange
        var snapshot = Frameworks(s_v1, s_v2);

        // Act
        _fixture.Given(snapshot, A.Date(2026, 1, 1)).Fire();

        // Assert
        Assert.Equal("v2", _fixture.SingleDecision().Subject.Id);
    }

    [Fact]
    public void AsOf_DayBeforeEffectiveFrom_AppliesThePreviousVersion()
    {
        // Arrange
        var snapshot = Frameworks(s_v1, s_v2);

        // Act
        _fixture.Given(snapshot, A.Date(2025, 12, 31)).Fire();

        // Assert
        var decision = _fixture.SingleDecision();
        Assert.Equal("v1", decision.Subject.Id);
        Assert.DoesNotContain(decision.Reasons, r => r.Code == "G1.supersedes");
    }

    [Fact]
    public void Framework_Applied_StatesItsParameters()
    {
        // Arrange
        var parameters = new FrameworkParameters(4, 2, [CompetitionCriterion.Involvement]);
        var snapshot = Frameworks(Version("v9", A.Date(2020, 1, 1), A.Date(2020, 1, 1), parameters));

        // Act
        _fixture.Given(snapshot, Dates.AsOf).Fire();

        // Assert
        var reason = _fixture.SingleDecision().Reasons.Single(r => r.Code == "G1.parameters");
        Assert.Equal(
            "Its parameters: minimum working group size 4; executive capacity 2; default competition criteria involvement.",
            reason.Text);
    }

    [Fact]
    public void Evaluate_WithNoVersionInForce_ThrowsWithPathFrameworks()
    {
        // Arrange
        var snapshot = Frameworks(s_v2, s_v3);

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => new GovernanceEngine().Evaluate(snapshot, A.Date(2025, 12, 31)));

        // Assert
        var problem = Assert.Single(exception.Problems);
        Assert.Equal("$.frameworks", problem.Path);
        Assert.Contains("v2", problem.Message);
        Assert.Contains("2026-01-01", problem.Message);
    }

    [Fact]
    public void Evaluate_WithNoVersionAtAll_ThrowsWithPathFrameworks()
    {
        // Arrange
        var snapshot = Frameworks();

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => new GovernanceEngine().Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal("$.frameworks", Assert.Single(exception.Problems).Path);
    }
}
