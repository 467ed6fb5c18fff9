using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Allocation;

/// G16: a round may carry the SHA-256 commitment of its seed, published before the freeze; the seed revealed later
/// must be the one committed to. The expected hashes are those `printf '%s' seed-2026 | sha256sum` prints.
public sealed class SeedCommitmentValidationTests
{
    /// printf '%s' 'seed-2026' | sha256sum
    private const string Seed2026Sha256 = "6d8e56f9b0a2b0055c7d7c251f269de21ecf0b621cefd05416b43a7746a0ed0e";

    /// printf '%s' 'seed-2025' | sha256sum: a commitment to another seed.
    private const string Seed2025Sha256 = "0928b517773b36d37dbd473c87ad31499282b6ee0ea1127833cd1a2a1c22f22a";

    private static SnapshotBuilder Round(SeedCommitment commitment)
    {
        var rules = AgreedRules(["m1", "m2"]);
        var committed = new CompetitionRules(rules.Criteria, rules.FreezeAt, rules.Agreements, rules.LotteryScope, commitment);
        return An.AllocationScenario().Members("m1", "m2").Project("p1", 1, competition: committed).WithLotterySeed(AllocationSeed);
    }

    private static string[] Problems(SnapshotBuilder scenario) => [.. scenario.Build().Validate().Select(p => p.Path + " " + p.Code)];

    [Fact]
    public void SeedCommitment_Of_IsTheSha256OfTheSeedsUtf8Text()
    {
        Assert.Equal(Seed2026Sha256, SeedCommitment.Of(AllocationSeed));
    }

    [Fact]
    public void Validate_CommitmentToTheRevealedSeedPublishedBeforeTheFreeze_HasNoProblem()
    {
        var scenario = Round(new SeedCommitment(Seed2026Sha256, CompetitionFreeze - Duration.FromDays(1)));

        Assert.Empty(Problems(scenario));
    }

    [Fact]
    public void Validate_RevealedSeedNotTheOneCommittedTo_IsAMismatchAtTheHash()
    {
        var scenario = Round(new SeedCommitment(Seed2025Sha256, CompetitionFreeze - Duration.FromDays(1)));

        Assert.Equal(["$.projects[0].competition.seedCommitment.sha256 Allocation.seed-commitment-mismatch"], Problems(scenario));
    }

    [Fact]
    public void Validate_CommitmentPublishedAtTheFreeze_IsTooLate()
    {
        var scenario = Round(new SeedCommitment(Seed2026Sha256, CompetitionFreeze));

        Assert.Equal(["$.projects[0].competition.seedCommitment.publishedAt Allocation.seed-committed-after-freeze"], Problems(scenario));
    }
}
