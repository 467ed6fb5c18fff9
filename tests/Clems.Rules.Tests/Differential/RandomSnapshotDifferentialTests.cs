using System.Linq;
using Clems.Rules.Scenarios;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Clems.Rules.Tests.Differential;

/// On random valid snapshots, the engine decides exactly what the reference model decides (or both refuse the input).
public sealed class RandomSnapshotDifferentialTests(ITestOutputHelper output)
{
    [DifferentialProperty]
    public void RandomSnapshot_EngineDecidesAsTheReference(RandomSnapshot input)
        => Differential.AssertSameDecisions(input.Snapshot, input.AsOf);

    [Fact]
    public void RandomSnapshots_CoverEveryFactKindAndTheEdges()
    {
        // Arrange
        const int Count = 300;
        var discardedBefore = RandomSnapshots.Discarded;

        // Act
        var sample = Enumerable.Range(0, Count).Select(i => RandomSnapshots.Valid(i * 7919, i)).ToList();
        var discarded = RandomSnapshots.Discarded - discardedBefore;
        var decided = sample.Count(x => Decides(x));
        output.WriteLine($"{Count} valid snapshots, {discarded} candidates discarded, {decided} decided (not an input error)");

        // Assert: every collection is non-empty in some snapshot.
        var s = sample.Select(x => x.Snapshot).ToList();
        Assert.Contains(s, x => x.Organizations.Any(o => o.Representatives.Length > 0 && o.Expertise.Length > 0 && o.ThematicAreas.Length > 0 && o.Resources is not null));
        Assert.Contains(s, x => x.Memberships.Any(m => m.Status == Clems.Rules.Membership.MembershipStatus.Suspended));
        Assert.Contains(s, x => x.WorkingGroups.Length > 0 && x.WorkingGroupProposals.Length > 0);
        Assert.Contains(s, x => x.Initiatives.Any(i => i.Kind == Clems.Rules.Initiatives.InitiativeKind.IntegratedProject));
        Assert.Contains(s, x => x.Initiatives.Any(i => i.Kind == Clems.Rules.Initiatives.InitiativeKind.InternalBid));
        Assert.Contains(s, x => x.ConfidentialityAgreements.Length > 0);
        Assert.Contains(s, x => x.SalesAgencyRequests.Length > 0 && x.InternalBids.Length > 0 && x.Opportunities.Length > 0 && x.ClusterRouteRequests.Length > 0);
        Assert.Contains(s, x => x.ServiceRequests.Length > 0 && x.AdvertisingItems.Length > 0 && x.AdvertisingApprovals.Length > 0);
        Assert.Contains(s, x => x.TenderProfiles.Length > 0 && x.Tenders.Length > 0);
        Assert.Contains(s, x => x.Projects.Length > 0 && x.Interests.Length > 0 && x.Commitments.Length > 0 && x.MemberPreferences.Length > 0);
        Assert.Contains(s, x => x.LotterySeed is null);

        // Assert: the edges happen.
        Assert.Contains(sample, x => x.Snapshot.Memberships.Any(m => m.End == x.AsOf));
        Assert.Contains(sample, x => x.Snapshot.Memberships.Any(m => m.Start == x.AsOf.PlusDays(1)));
        Assert.Contains(sample, x => x.Snapshot.Frameworks.Any(f => f.EffectiveFrom == x.AsOf));
        Assert.Contains(s, x => x.ConfidentialityAgreements.Any(a => Involved(x, a) == a.SignedAt));
        Assert.Contains(s, x => x.ConfidentialityAgreements.Any(a => Involved(x, a) + Duration.Epsilon == a.SignedAt));
        Assert.Contains(s, x => x.Initiatives.Any(i => i.Budget.Length > 0 && i.Funding.Length > 0
            && i.Funding.Where(f => f.Amount.Currency == i.Budget[0].Amount.Currency).Sum(f => f.Amount.Amount) == i.Budget.Sum(b => b.Amount.Amount)));
        Assert.Contains(s, x => x.Initiatives.Any(i => i.Budget.Length > 0
            && i.Funding.Where(f => f.Amount.Currency == i.Budget[0].Amount.Currency).Sum(f => f.Amount.Amount) == i.Budget.Sum(b => b.Amount.Amount) - 0.01m));
        Assert.Contains(s, x => x.Initiatives.SelectMany(i => i.Funding).Select(f => f.Amount.Currency).Distinct().Count() >= 3);
        Assert.Contains(s, x => x.Commitments.GroupBy(c => (c.Project, c.At)).Any(g => g.Select(c => c.Member).Distinct().Count() > 1));
        var rules = Differential.Engine.Rules.Select(r => r.Id).Where(id => id != "Allocation.Demand").ToHashSet();
        var decidedBy = sample.Where(Decides).SelectMany(x => Clems.Rules.Reference.ReferenceModel.Decide(x.Snapshot, x.AsOf)).Select(d => d.RuleId).ToHashSet();
        Assert.Empty(rules.Except(decidedBy));
        var outcomes = sample.Where(Decides).SelectMany(x => Clems.Rules.Reference.ReferenceModel.Decide(x.Snapshot, x.AsOf)).Select(d => d.RuleId + ":" + d.Outcome).ToHashSet();
        output.WriteLine($"{outcomes.Count} (rule, outcome) pairs: {string.Join(", ", outcomes.Order(System.StringComparer.Ordinal))}");
        Assert.Contains("Executive.Capacity:Queued", outcomes);
        Assert.Contains("Allocation.Outcome:Allocated", outcomes);
        Assert.True(decided >= Count / 2, $"only {decided} of {Count} snapshots are decided; the rest are input errors");
        Assert.True(discarded < Count * 4, $"too many discarded candidates: {discarded}");
    }

    [Fact]
    public void RandomSnapshot_SurvivesAJsonRoundTrip()
    {
        var input = RandomSnapshots.Valid(12345, 0);
        var written = ScenarioWriter.ToJson(new ScenarioDocument(input.Snapshot, input.AsOf));
        Assert.Empty(ScenarioReader.Parse(written).Snapshot.Validate());
    }

    private static bool Decides(RandomSnapshot x)
    {
        try
        {
            Clems.Rules.Reference.ReferenceModel.Decide(x.Snapshot, x.AsOf);
            return true;
        }
        catch (Clems.Rules.Reference.ReferenceInputException)
        {
            return false;
        }
    }

    private static Instant? Involved(Clems.Rules.Engine.ClusterSnapshot x, Clems.Rules.Confidentiality.ConfidentialityAgreement a)
        => x.Initiatives.Single(i => i.Id == a.Initiative).Participants.FirstOrDefault(p => p.Organization == a.Organization)?.InvolvedFrom;
}
