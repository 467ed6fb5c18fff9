using System.Linq;
using System.Security.Cryptography;
using System.Text;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;
using EngineAgainstReference = Clems.Rules.Tests.Differential.Differential;

namespace Clems.Rules.Tests.Executive;

/// G12 with G1: initiatives equal on committed resources and readiness are ordered by the executive draw, never by id.
public sealed class ExecutiveDrawTests
{
    // With this seed the executive tickets of i-1, i-2, i-3 come in the reverse of the id order:
    // printf 'clems-rules/lottery/v1\n%s\n%s\n%s' s2 executive i-1 | sha256sum | cut -c1-16
    private const string Seed = "s2";
    private const string TicketOne = "e9edbf509859011c";
    private const string TicketTwo = "ceb07a00054f3223";
    private const string TicketThree = "80618be6f7e0aded";

    private static readonly GovernanceEngine s_engine = Engines.Shared;

    private static FrameworkVersion Capacity(int capacity)
        => new(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined, new FrameworkParameters(executiveCapacity: capacity));

    private static InitiativeBuilder Funded(string id, decimal amount)
        => An.Initiative(id).By("org-a").WithBudget(Ron(amount))
            .WithFundingSources(new FundingSource(FundingKind.MemberContribution, Ron(amount), new OrganizationId("org-a")))
            .ReadyAt(Dates.Instant(2026, 2, 1));

    private static Decision CapacityDecision(GovernanceReport report, string id)
        => Assert.Single(report.For(SubjectKind.Initiative, id), d => d.RuleId == "Executive.Capacity");

    [Fact]
    public void Tickets_InTheTest_FollowTheDocumentedRecipe()
    {
        static string Hex(string id)
            => System.Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes($"clems-rules/lottery/v1\n{Seed}\nexecutive\n{id}")))[..16];

        Assert.Equal([TicketOne, TicketTwo, TicketThree], new[] { Hex("i-1"), Hex("i-2"), Hex("i-3") });
    }

    [Fact]
    public void TieAcrossTheCapacity_WithASeed_IsSettledByTheLowerTicketNotTheId()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1)).WithLotterySeed(Seed)
            .With(Funded("i-1", 100m), Funded("i-2", 100m)).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
        var queued = CapacityDecision(report, "i-1");
        Assert.Equal(DecisionOutcome.Queued, queued.Outcome);
        Assert.EndsWith(
            $"ranks higher because both have 100.00 RON committed and the same readiness (ready at 2026-02-01T00:00:00Z), and its ticket in the executive draw, {TicketTwo}, is lower than this one's, {TicketOne}.",
            queued.Reasons.Single(r => r.Code == "G12.queue-position").Text);
    }

    [Fact]
    public void TieWithinTheQueue_WithASeed_QueuesInTicketOrder()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1)).WithLotterySeed(Seed)
            .With(Funded("i-1", 100m), Funded("i-2", 100m), Funded("i-3", 100m), Funded("i-4", 500m)).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-4").Outcome);
        Assert.StartsWith("Position 1 of 3", CapacityDecision(report, "i-3").Reasons.Single(r => r.Code == "G12.queue-position").Text);
        Assert.StartsWith("Position 2 of 3", CapacityDecision(report, "i-2").Reasons.Single(r => r.Code == "G12.queue-position").Text);
        Assert.StartsWith("Position 3 of 3", CapacityDecision(report, "i-1").Reasons.Single(r => r.Code == "G12.queue-position").Text);
        Assert.Contains($"its ticket in the executive draw, {TicketThree}, is lower than this one's, {TicketTwo}", CapacityDecision(report, "i-2").Reasons.Single(r => r.Code == "G12.queue-position").Text);
    }

    [Fact]
    public void TieBetweenSupportedInitiatives_WithASeed_RanksThemInTicketOrder()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(2)).WithLotterySeed(Seed)
            .With(Funded("i-1", 100m), Funded("i-2", 100m), Funded("i-3", 50m)).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.StartsWith("It ranks 1 of 3", CapacityDecision(report, "i-2").Reasons.Single(r => r.Code == "G12.within-capacity").Text);
        Assert.StartsWith("It ranks 2 of 3", CapacityDecision(report, "i-1").Reasons.Single(r => r.Code == "G12.within-capacity").Text);
    }

    [Fact]
    public void TieThatTheRankingMustOrder_WithoutASeed_IsAnInputProblemNamingTheTiedInitiatives()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", 100m), Funded("i-2", 100m), Funded("i-3", 50m)).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        var problem = Assert.Single(error.Problems);
        Assert.Equal("Executive.missing-lottery-seed", problem.Code);
        Assert.Equal(
            "$.lotterySeed: The runnable initiatives exceed the executive capacity, and i-1 and i-2 tie on committed resources (100.00 RON) and readiness (ready at 2026-02-01T00:00:00Z), "
            + "so the executive draw must order them (G12), but the scenario publishes no lotterySeed. Publish the seed drawn after the inputs were frozen; initiative ids never decide (G1).",
            problem.ToString());
    }

    [Fact]
    public void TieWithinTheQueue_WithoutASeed_IsAnInputProblem()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", 100m), Funded("i-2", 100m), Funded("i-3", 500m)).Build();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal("$.lotterySeed", Assert.Single(error.Problems).Path);
    }

    [Fact]
    public void NoTie_WithoutASeed_IsDecided()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", 100m), Funded("i-2", 200m)).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
        Assert.Equal(DecisionOutcome.Queued, CapacityDecision(report, "i-1").Outcome);
    }

    [Fact]
    public void TieWithinTheCapacity_WithoutASeed_NeedsNoDraw()
    {
        // Arrange
        var snapshot = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(2))
            .With(Funded("i-1", 100m), Funded("i-2", 100m)).Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-1").Outcome);
        Assert.Equal(DecisionOutcome.Supported, CapacityDecision(report, "i-2").Outcome);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Tie_EngineAndReferenceAgree(bool seeded)
    {
        var builder = A.Snapshot().With(A.Member("org-a")).WithFrameworks(Capacity(1))
            .With(Funded("i-1", 100m), Funded("i-2", 100m), Funded("i-3", 100m));
        EngineAgainstReference.AssertSameDecisions((seeded ? builder.WithLotterySeed(Seed) : builder).Build(), Dates.AsOf);
    }
}
