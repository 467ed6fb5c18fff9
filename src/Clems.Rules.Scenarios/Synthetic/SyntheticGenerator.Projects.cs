using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Allocation;
using Clems.Rules.Confidentiality;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Scenarios.Synthetic;

internal sealed partial class SyntheticGenerator
{
    // Power-law popularity: the project of popularity rank r has weight 1/(r + Softening), in integers.
    private const long WeightScale = 1L << 40;
    private const int Softening = 10;

    // Funding short (G11), no action plan (G11), an inactive party (G10), a representative of another organisation (G9).
    private static readonly int[] s_forcedDefects = [0, 4, 6, 11];

    private static readonly Instant s_freezeAt = Instant.FromUtc(2026, 2, 20, 12, 0);

    private static readonly CompetitionCriterion[] s_defaultCriteria = [.. new FrameworkParameters().DefaultCompetitionCriteria];

    private static readonly CompetitionCriterion[][] s_criteria =
    [
        [],
        [],
        [],
        [],
        [CompetitionCriterion.CommittedAmount],
        [CompetitionCriterion.Involvement],
        [CompetitionCriterion.EarlierCommitment, CompetitionCriterion.Involvement],
        [CompetitionCriterion.MembershipSeniority],
        [CompetitionCriterion.CommittedAmount, CompetitionCriterion.MembershipSeniority, CompetitionCriterion.Involvement],
        [CompetitionCriterion.Involvement, CompetitionCriterion.CommittedAmount],
    ];

    private sealed record ProjectArrays(
        ImmutableArray<Initiative> Initiatives,
        ImmutableArray<ProjectPlaces> Places,
        ImmutableArray<Interest> Interests,
        ImmutableArray<ResourceCommitment> Commitments,
        ImmutableArray<MemberAllocationPreferences> Preferences,
        ImmutableArray<ConfidentialityAgreement> Agreements);

    private ProjectArrays GenerateProjects()
    {
        var p = _counts.Projects;
        var projectIds = new InitiativeId[p];
        for (var j = 0; j < p; j++)
        {
            projectIds[j] = new InitiativeId(Id("prj-", j, p));
        }

        var confidential = new bool[p];
        var participants = new List<Participant>[p];
        var initiatives = ImmutableArray.CreateBuilder<Initiative>(p);
        for (var j = 0; j < p; j++)
        {
            // The first four projects carry one defect each, so even a small cluster shows every kind; the rest draw.
            var defect = j < 4 ? s_forcedDefects[j] : _random.Next(100);
            initiatives.Add(GenerateInitiative(projectIds[j], defect, out confidential[j], out participants[j]));
        }

        var (interestOrg, interestProject) = AssignInterests();
        var interests = ImmutableArray.CreateBuilder<Interest>(interestOrg.Length);
        var commitments = ImmutableArray.CreateBuilder<ResourceCommitment>(interestOrg.Length / 2);
        var shownFrom = Instant.FromUtc(2026, 1, 5, 8, 0);
        for (var i = 0; i < interestOrg.Length; i++)
        {
            var member = _orgIds[interestOrg[i]];
            var project = projectIds[interestProject[i]];
            interests.Add(new Interest(
                member,
                project,
                shownFrom.Plus(Duration.FromMinutes(_random.Next(45 * 24 * 60))),
                representatives: _random.Next(0, 3),
                personDays: _random.Next(0, 5) * 5m));
            AddCommitments(commitments, member, project);
        }

        // The organisations interested in each project, by project (counting sort: linear).
        var byProjectStart = new int[p + 1];
        foreach (var j in interestProject)
        {
            byProjectStart[j + 1]++;
        }

        for (var j = 0; j < p; j++)
        {
            byProjectStart[j + 1] += byProjectStart[j];
        }

        var byProject = new int[interestOrg.Length];
        var fill = (int[])byProjectStart.Clone();
        for (var i = 0; i < interestOrg.Length; i++)
        {
            byProject[fill[interestProject[i]]++] = interestOrg[i];
        }

        var places = ImmutableArray.CreateBuilder<ProjectPlaces>(p);
        var agreements = ImmutableArray.CreateBuilder<ConfidentialityAgreement>();
        var signedStamp = new int[_counts.Members];
        Array.Fill(signedStamp, -1);
        for (var j = 0; j < p; j++)
        {
            var interested = new ArraySegment<int>(byProject, byProjectStart[j], byProjectStart[j + 1] - byProjectStart[j]);
            places.Add(GeneratePlaces(projectIds[j], interested));
            if (confidential[j])
            {
                AddConfidentialityAgreements(agreements, projectIds[j], j, participants[j], interested, signedStamp);
            }
        }

        var preferences = GeneratePreferences(interestOrg, interestProject, projectIds);
        return new ProjectArrays(
            initiatives.MoveToImmutable(),
            places.MoveToImmutable(),
            interests.MoveToImmutable(),
            commitments.DrainToImmutable(),
            preferences,
            agreements.DrainToImmutable());
    }

    /// An initiative with an initiator (a member, or one project in five a working group), its representative,
    /// participants, an action plan and a budget covered by member contributions; about one in eight has a defect that
    /// makes it not runnable (4% funding short, 2% no action plan, 5% a party that is not an active member, 2% a
    /// representative of another organisation).
    private Initiative GenerateInitiative(InitiativeId id, int defect, out bool confidential, out List<Participant> participants)
    {
        var byGroup = _groupIds.Count > 0 && _random.Chance(20);
        int proposer;
        Initiator initiator;
        var parties = new List<int>();
        if (byGroup)
        {
            var g = _random.Next(_groupIds.Count);
            var members = _groupMembers[g];
            proposer = members[_random.Next(members.Length)];
            initiator = Initiator.ByWorkingGroup(_groupIds[g]);
        }
        else
        {
            proposer = _active.Count > 0 ? _active[_random.Next(_active.Count)] : 0;
            initiator = Initiator.ByMember(_orgIds[proposer]);
            parties.Add(proposer);
        }

        var extra = _random.Next(1, 4);
        for (var k = 0; k < extra * 4 && parties.Count < extra + (byGroup ? 0 : 1) && _active.Count > 0; k++)
        {
            var candidate = _active[_random.Next(_active.Count)];
            if (!parties.Contains(candidate))
            {
                parties.Add(candidate);
            }
        }

        if (defect is >= 6 and < 11 && _inactive.Count > 0)
        {
            // G10: an organisation that is no longer (or never was) an active member takes part.
            var outsider = _inactive[_random.Next(_inactive.Count)];
            if (!parties.Contains(outsider))
            {
                parties.Add(outsider);
            }
        }

        var representative = _reps[proposer];
        if (defect is 11 or 12 && _active.Count > 1)
        {
            // G9: proposed by the representative of an organisation that is not the initiator.
            var other = _active[_random.Next(_active.Count)];
            representative = other == proposer || parties.Contains(other) ? representative : _reps[other];
        }

        var involvedFrom = Instant.FromUtc(2026, 1, 12, 9, 0);
        participants = parties.ConvertAll(o => new Participant(_orgIds[o], involvedFrom.Plus(Duration.FromDays(_random.Next(0, 30)))));
        confidential = _random.Chance(10);

        var activities = new List<Activity>();
        if (defect is not (>= 4 and < 6))
        {
            var count = _random.Next(1, 4);
            var start = new LocalDate(2026, 3, 2).PlusDays(_random.Next(0, 90));
            for (var a = 0; a < count; a++)
            {
                var end = start.PlusDays(_random.Next(14, 120));
                activities.Add(new Activity(Inv($"Work package {a + 1}"), start, end));
                start = end.PlusDays(1);
            }
        }

        var budget = new List<BudgetLine>();
        var total = 0m;
        var lines = _random.Next(1, 4);
        for (var b = 0; b < lines; b++)
        {
            var amount = _random.Next(5, 201) * 1000m;
            total += amount;
            budget.Add(new BudgetLine(b switch { 0 => "Personnel", 1 => "Equipment", _ => "Dissemination" }, Ron(amount)));
        }

        // Member contributions cover the budget (G11), split between the parties; one in twenty-five covers 60% only.
        var covered = defect < 4 ? decimal.Round(total * 0.6m, 0) : total;
        var funding = new List<FundingSource>();
        var contributors = parties.Count > 0 ? parties : [proposer];
        var share = decimal.Floor(covered / contributors.Count);
        for (var c = 0; c < contributors.Count; c++)
        {
            var amount = c == 0 ? covered - (share * (contributors.Count - 1)) : share;
            if (amount > 0m)
            {
                funding.Add(new FundingSource(FundingKind.MemberContribution, Ron(amount), _orgIds[contributors[c]]));
            }
        }

        return new Initiative
        {
            Id = id,
            Title = Inv($"Project {id.Value}: eco-innovation pilot"),
            Initiator = initiator,
            ProposedBy = representative,
            Participants = [.. participants],
            Activities = [.. activities],
            Budget = [.. budget],
            Funding = [.. funding],
            Confidential = confidential,
            ReadyAt = Instant.FromUtc(2026, 1, 15, 9, 0).Plus(Duration.FromHours(_random.Next(0, 24 * 40))),
        };
    }

    /// Distributes the interests over the organisations (an uneven share each), then draws each organisation's
    /// distinct projects from the power-law popularity.
    private (int[] Org, int[] Project) AssignInterests()
    {
        var n = _counts.Members;
        var p = _counts.Projects;
        var total = _counts.Interests;
        var perOrg = new int[n];
        var baseShare = total / n;
        var remainder = total % n;
        for (var o = 0; o < n; o++)
        {
            perOrg[o] = baseShare + (o < remainder ? 1 : 0);
        }

        // Uneven shares that keep the total: move interests between random pairs of organisations.
        for (var t = 0; t < n / 2; t++)
        {
            var from = _random.Next(n);
            var to = _random.Next(n);
            var moved = Math.Min(Math.Min(perOrg[from], p - perOrg[to]), _random.Next(0, baseShare + 1));
            perOrg[from] -= moved;
            perOrg[to] += moved;
        }

        // Popularity rank → project: a random permutation, so popularity does not follow the ids.
        var projectOfRank = new int[p];
        for (var j = 0; j < p; j++)
        {
            projectOfRank[j] = j;
        }

        _random.Shuffle(projectOfRank, p);
        var cumulative = new long[p];
        var sum = 0L;
        for (var r = 0; r < p; r++)
        {
            sum += WeightScale / (r + Softening);
            cumulative[r] = sum;
        }

        var org = new int[total];
        var project = new int[total];
        var stamp = new int[p];
        Array.Fill(stamp, -1);
        var scratch = new int[p];
        var next = 0;
        for (var o = 0; o < n; o++)
        {
            var k = perOrg[o];
            if (k * 2 > p)
            {
                // Dense: a uniform choice of k distinct projects (partial Fisher–Yates).
                for (var j = 0; j < p; j++)
                {
                    scratch[j] = j;
                }

                for (var c = 0; c < k; c++)
                {
                    var pick = c + _random.Next(p - c);
                    (scratch[c], scratch[pick]) = (scratch[pick], scratch[c]);
                    org[next] = o;
                    project[next++] = scratch[c];
                }

                continue;
            }

            var chosen = 0;
            for (var attempt = 0; chosen < k && attempt < 32 * k; attempt++)
            {
                var u = _random.NextInt64(sum);
                var rank = Array.BinarySearch(cumulative, u);
                rank = rank < 0 ? ~rank : rank + 1;
                var j = projectOfRank[Math.Min(rank, p - 1)];
                if (stamp[j] != o)
                {
                    stamp[j] = o;
                    org[next] = o;
                    project[next++] = j;
                    chosen++;
                }
            }

            for (var j = 0; chosen < k; j++)
            {
                if (stamp[j] != o)
                {
                    stamp[j] = o;
                    org[next] = o;
                    project[next++] = j;
                    chosen++;
                }
            }
        }

        return (org, project);
    }

    /// Two interests in five come with a commitment: three in five of those in the preparation phase (G8); money in
    /// round thousands of RON or person-days in fives, on whole days at 10:00 UTC, so equal commitments are common and
    /// ties reach the lottery. One committed interest in ten adds a second, implementation-phase amount.
    private void AddCommitments(ImmutableArray<ResourceCommitment>.Builder commitments, OrganizationId member, InitiativeId project)
    {
        if (!_random.Chance(40))
        {
            return;
        }

        var phase = _random.Chance(60) ? CommitmentPhase.Preparation : CommitmentPhase.Implementation;
        var at = Instant.FromUtc(2026, 1, 10, 10, 0).Plus(Duration.FromDays(_random.Next(0, 36)));
        commitments.Add(_random.Chance(70)
            ? ResourceCommitment.OfMoney(member, project, phase, Ron(_random.Next(1, 21) * 1000m), at)
            : ResourceCommitment.OfPersonDays(member, project, phase, _random.Next(1, 9) * 5m, at));
        if (_random.Chance(10))
        {
            commitments.Add(ResourceCommitment.OfMoney(member, project, CommitmentPhase.Implementation, Ron(_random.Next(1, 11) * 5000m), at.Plus(Duration.FromDays(7))));
        }
    }

    /// Places between 30% and 120% of the interest shown (so most projects are oversubscribed, some are not); one
    /// project in seven requires a preparation-phase commitment; nine in ten have competition rules agreed by every
    /// interested organisation before the freeze, except in one in sixteen of those, where one agreed too late.
    private ProjectPlaces GeneratePlaces(InitiativeId project, ArraySegment<int> interested)
    {
        var demand = interested.Count;
        var places = demand == 0 ? _random.Next(1, 10) : Math.Clamp(demand * _random.Next(30, 121) / 100, 1, 60);
        var requiresPreparation = _random.Chance(14);
        CompetitionRules? competition = null;
        if (_random.Chance(90))
        {
            var late = demand > 0 && _random.Chance(6) ? _random.Next(demand) : -1;
            var agreedAt = new Instant[demand];
            for (var k = 0; k < demand; k++)
            {
                agreedAt[k] = k == late
                    ? s_freezeAt.Plus(Duration.FromMinutes(_random.Next(0, 3 * 24 * 60)))
                    : s_freezeAt.Minus(Duration.FromMinutes(_random.Next(1, 40 * 24 * 60)));
            }

            var criteria = s_criteria[_random.Next(s_criteria.Length)];
            var scope = _random.Chance(15) ? LotteryScope.Cluster : LotteryScope.Project;

            // Every member agrees to the rules as they are: the framework's defaults (the only framework is in force
            // before the freeze) when the criteria are left empty.
            var rulesSha256 = CompetitionRules.ContentSha256(project, places, criteria.Length == 0 ? s_defaultCriteria : criteria, scope);
            var agreements = new CompetitionAgreement[demand];
            for (var k = 0; k < demand; k++)
            {
                agreements[k] = new CompetitionAgreement(_orgIds[interested[k]], agreedAt[k], rulesSha256);
            }

            competition = new CompetitionRules(
                criteria,
                s_freezeAt,
                agreements,
                scope);
        }

        return new ProjectPlaces(project, places, requiresPreparation, competition);
    }

    /// Confidential initiatives (G3): participants sign at or before their involvement, except one in ten who sign
    /// late and one in twenty who never sign; of the other interested organisations, about one in twelve has not signed.
    private void AddConfidentialityAgreements(
        ImmutableArray<ConfidentialityAgreement>.Builder agreements,
        InitiativeId project,
        int projectIndex,
        List<Participant> participants,
        ArraySegment<int> interested,
        int[] signedStamp)
    {
        foreach (var participant in participants)
        {
            var o = IndexOf(participant.Organization);
            signedStamp[o] = projectIndex;
            var draw = _random.Next(100);
            if (draw < 5)
            {
                continue;
            }

            var involved = participant.InvolvedFrom!.Value;
            var signedAt = draw < 15 ? involved.Plus(Duration.FromDays(_random.Next(1, 6))) : involved.Minus(Duration.FromHours(_random.Next(0, 24 * 10)));
            agreements.Add(new ConfidentialityAgreement(project, participant.Organization, signedAt));
        }

        foreach (var o in interested)
        {
            if (signedStamp[o] == projectIndex)
            {
                continue;
            }

            signedStamp[o] = projectIndex;
            if (_random.Chance(92))
            {
                agreements.Add(new ConfidentialityAgreement(project, _orgIds[o], Instant.FromUtc(2026, 1, 2, 9, 0).Plus(Duration.FromHours(_random.Next(0, 24 * 45)))));
            }
        }
    }

    /// A quarter of the active members with two or more interests rank them (a third of those rank only the first
    /// half) under a cap of one or two places; one in twenty caps at three places without a ranking.
    private ImmutableArray<MemberAllocationPreferences> GeneratePreferences(int[] interestOrg, int[] interestProject, InitiativeId[] projectIds)
    {
        var preferences = ImmutableArray.CreateBuilder<MemberAllocationPreferences>();
        var i = 0;
        while (i < interestOrg.Length)
        {
            var o = interestOrg[i];
            var end = i;
            while (end < interestOrg.Length && interestOrg[end] == o)
            {
                end++;
            }

            var count = end - i;
            if (_standing[o] == Standing.Active && count >= 2)
            {
                var draw = _random.Next(100);
                if (draw < 25)
                {
                    var ranking = new InitiativeId[count];
                    for (var k = 0; k < count; k++)
                    {
                        ranking[k] = projectIds[interestProject[i + k]];
                    }

                    _random.Shuffle(ranking, count);
                    var ranked = draw < 8 ? (count + 1) / 2 : count;
                    preferences.Add(new MemberAllocationPreferences(_orgIds[o], _random.Next(1, 3), ranking.AsSpan(0, ranked).ToArray()));
                }
                else if (draw < 30)
                {
                    preferences.Add(new MemberAllocationPreferences(_orgIds[o], 3));
                }
            }

            i = end;
        }

        return preferences.DrainToImmutable();
    }

    private static int IndexOf(OrganizationId id)
    {
        // Ids are "org-" and the 1-based index, zero-padded.
        return int.Parse(id.Value.AsSpan(4), System.Globalization.CultureInfo.InvariantCulture) - 1;
    }
}
