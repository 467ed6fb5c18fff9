using System.Collections.Generic;
using System.Linq;
using System.Runtime.InteropServices;
using Clems.Rules.Confidentiality;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// Projects the allocation facts once the initiative rules have fired and the runnable initiatives are known:
/// one ProjectFact per project and one InterestFact per interest, references resolved, in id order, with each
/// project's range of interests.
internal static class AllocationProjection
{
    internal static (List<ProjectFact> Projects, InterestFact[] Interests, int[] First) Project(
        ClusterSnapshot snapshot,
        EvaluationContext context,
        Dictionary<OrganizationId, MemberStanding> standings,
        Dictionary<InitiativeId, InitiativeFact> initiatives,
        HashSet<InitiativeId> runnable,
        Dictionary<(InitiativeId Initiative, OrganizationId Organization), ConfidentialParticipation> participations)
    {
        var defaults = context.Framework.Parameters.DefaultCompetitionCriteria;
        var projectList = new List<ProjectFact>(snapshot.Projects.Length);
        foreach (var places in snapshot.Projects.OrderBy(p => p.Initiative))
        {
            var competition = places.Competition;
            var agreed = new HashSet<OrganizationId>(competition?.Agreements.Length ?? 0);
            foreach (var agreement in competition?.Agreements ?? [])
            {
                if (agreement.AgreedAt < competition!.FreezeAt)
                {
                    agreed.Add(agreement.Member);
                }
            }

            var chosen = competition is { Criteria.IsEmpty: false } ? competition.Criteria : defaults;
            var initiative = initiatives[places.Initiative];
            var fact = new ProjectFact
            {
                Places = places,
                Initiative = initiative,

                Runnable = runnable.Contains(places.Initiative),
                Subject = DecisionSubject.Project(places.Initiative),
                Criteria = [CompetitionCriterion.PreparationCommitment, .. chosen, CompetitionCriterion.Lottery],
                DefaultCriteria = competition is null || competition.Criteria.IsEmpty,
                AgreedBeforeFreeze = agreed,
                LotterySeed = snapshot.LotterySeed,
                LotteryScope = competition?.LotteryScope == LotteryScope.Cluster ? string.Empty : places.Initiative.Value,
            };
            projectList.Add(fact);
        }

        // Organisations and projects by ordinal (id order): interests sort and commitments sum on integer keys, not strings.
        var memberOrdinal = new Dictionary<OrganizationId, int>(snapshot.Organizations.Length);
        foreach (var organization in snapshot.Organizations.Select(o => o.Id).Order())
        {
            memberOrdinal[organization] = memberOrdinal.Count;
        }

        var projectOrdinal = new Dictionary<InitiativeId, int>(projectList.Count);
        foreach (var project in projectList)
        {
            projectOrdinal[project.Places.Initiative] = projectOrdinal.Count;
        }

        long Key(InitiativeId project, OrganizationId member) => PairKey.Of(projectOrdinal[project], memberOrdinal[member]);

        // One pass over the commitments: per (member, project) the preparation flag, the money, the first instant, the days.
        var committed = new Dictionary<long, Committed>(snapshot.Commitments.Length, PairKey.Comparer);
        foreach (var c in snapshot.Commitments)
        {
            ref var sum = ref CollectionsMarshal.GetValueRefOrAddDefault(committed, Key(c.Project, c.Member), out _);
            sum.Preparation |= c.Phase == CommitmentPhase.Preparation;
            sum.Money = c.Amount is not { } amount ? sum.Money : sum.Money is { } money ? money.Add(amount) : amount;
            sum.First = sum.First is { } first && first <= c.At ? first : c.At;
            sum.PersonDays += c.PersonDays ?? 0m;
        }

        var signed = snapshot.ConfidentialityAgreements.Select(a => (a.Initiative, a.Organization)).ToHashSet();
        var source = snapshot.Interests;
        var order = new long[source.Length];
        var positions = new int[source.Length];
        // The lookups only read shared dictionaries and each item writes its own slot: both passes run in parallel.
        System.Threading.Tasks.Parallel.For(0, source.Length, (int k) =>
        {
            order[k] = Key(source[k].Project, source[k].Member);
            positions[k] = k;
        });

        System.Array.Sort(order, positions);
        var interests = new InterestFact[source.Length];
        System.Threading.Tasks.Parallel.For(0, positions.Length, (int k) =>
        {
            var interest = source[positions[k]];
            committed.TryGetValue(order[k], out var own);
            var project = projectList[(int)(order[k] >> 32)];
            var confidential = project.Initiative.Initiative.Confidential;
            interests[k] = new InterestFact
            {
                Interest = interest,
                Index = k,
                MemberOrdinal = (int)(order[k] & 0xFFFF_FFFF),
                Standing = standings[interest.Member],
                Project = project,
                Subject = DecisionSubject.Interest(interest.Project, interest.Member),
                PreparationCommitted = own.Preparation,
                CommittedAmount = own.Money,
                FirstCommitmentAt = own.First,
                PersonDays = interest.PersonDays + own.PersonDays,
                ConfidentialityRequired = confidential,
                SignedAgreement = confidential && signed.Contains((interest.Project, interest.Member)),
                BlockedUnderConfidentiality = confidential
                    && participations.TryGetValue((interest.Project, interest.Member), out var participation)
                    && participation.IsBlocked,
            };
        });

        // Interests are ordered by project, then member: project p's interests are [First[p], First[p + 1]).
        var ranges = new int[projectList.Count + 1];
        foreach (var key in order)
        {
            ranges[(int)(key >> 32) + 1]++;
        }

        for (var p = 0; p < projectList.Count; p++)
        {
            ranges[p + 1] += ranges[p];
        }

        return (projectList, interests, ranges);
    }

    private struct Committed
    {
        public bool Preparation;
        public Money? Money;
        public NodaTime.Instant? First;
        public decimal PersonDays;
    }
}
