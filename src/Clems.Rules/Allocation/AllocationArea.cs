using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Confidentiality;
using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NRules;

namespace Clems.Rules.Allocation;

/// Who gets a place when a project is oversubscribed (G8, G16): projects, interests, commitments and member
/// preferences are checked here; once the first firing has decided which initiatives are runnable, the allocation facts
/// are inserted and fired (eligibility, demand, legitimacy of the competition rules), deferred acceptance runs on what
/// those rules decided, and its outcome is inserted and fired (one explaining firing per project).
internal sealed class AllocationArea : GovernanceArea
{
    /// The allocation the report carries.
    internal static readonly AreaProduct<AllocationResult> Result = new("Allocation.Result");

    internal override string Name => "Allocation";

    internal override ImmutableArray<AreaProduct> Produces => [Result];

    internal override ImmutableArray<AreaProduct> Consumes =>
        [MembershipArea.Standings, InitiativesArea.Initiatives, InitiativesArea.Runnable, ConfidentialityArea.Participations];

    /// Projects, interests, commitments and member preferences (G8, G16): references resolve, one project per
    /// initiative, one interest per member and project, one currency per project's commitments (committed amounts are
    /// compared between members), rankings name only the member's own interests, each once.
    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        var projects = new Dictionary<string, int>(snapshot.Projects.Length, System.StringComparer.Ordinal);
        var agreed = new HashSet<OrganizationId>();
        for (var i = 0; i < snapshot.Projects.Length; i++)
        {
            var project = snapshot.Projects[i];
            var path = new ItemPath("$.projects", i);
            if (scope.CheckReference(InitiativesArea.InitiativeIds, project.Initiative.Value, path.Then(".initiative")) && !projects.TryAdd(project.Initiative.Value, i))
            {
                scope.Add(path.Then(".initiative"), AllocationProblems.DuplicateProject, Text.Inv($"Initiative '{project.Initiative}' already has places at $.projects[{projects[project.Initiative.Value]}]; give each project one entry."));
            }

            if (project.Competition is { } competition)
            {
                agreed.Clear();
                for (var k = 0; k < competition.Agreements.Length; k++)
                {
                    var member = competition.Agreements[k].Member;
                    var at = path.Then(".competition.agreements", k).Then(".member");
                    if (scope.CheckReference(MembershipArea.Organizations, member.Value, at) && !agreed.Add(member))
                    {
                        scope.Add(at, CommonProblems.DuplicateListEntry, $"Member '{member}' agrees twice; keep one agreement per member.");
                    }
                }

                ValidateSeedCommitment(scope, competition, snapshot.LotterySeed, path.Then(".competition.seedCommitment"));
            }
        }

        // (member, project) pairs by their positions, packed: a million interests cost integer hashing, not string pairs.
        // The lookups (a million at scale, each a likely cache miss) run in parallel first; problems are then reported in
        // order by the serial pass, which looks an id up again only when it dangles.
        var interestPositions = Positions(scope, projects, snapshot.Interests, i => (i.Member, i.Project));
        var interests = new HashSet<long>(snapshot.Interests.Length, PairKey.Comparer);
        for (var i = 0; i < snapshot.Interests.Length; i++)
        {
            var interest = snapshot.Interests[i];
            var path = new ItemPath("$.interests", i);
            var (member, project) = Resolved(scope, projects, interestPositions[i], interest.Member, interest.Project, path);
            if (member >= 0 && project >= 0 && !interests.Add(PairKey.Of(member, project)))
            {
                scope.Add(path, AllocationProblems.DuplicateInterest, $"Member '{interest.Member}' shows interest in '{interest.Project}' twice; keep one interest per member and project.");
            }
        }

        var currencies = new Dictionary<InitiativeId, (Currency Currency, int Index)>();
        var committed = new long[snapshot.Commitments.Length];
        var commitmentPositions = Positions(scope, projects, snapshot.Commitments, c => (c.Member, c.Project));
        for (var i = 0; i < snapshot.Commitments.Length; i++)
        {
            var commitment = snapshot.Commitments[i];
            var path = new ItemPath("$.commitments", i);
            var (member, project) = Resolved(scope, projects, commitmentPositions[i], commitment.Member, commitment.Project, path);
            committed[i] = member >= 0 && project >= 0 ? PairKey.Of(member, project) : -1;
            if (commitment.Amount is { } amount && !currencies.TryAdd(commitment.Project, (amount.Currency, i)) && currencies[commitment.Project].Currency != amount.Currency)
            {
                var first = currencies[commitment.Project];
                scope.Add(
                    path.Then(".amount.currency"),
                    AllocationProblems.MixedCommitmentCurrencies,
                    Text.Inv($"Commitments to '{commitment.Project}' are compared between members, so they share one currency: this one is in {amount.Currency}, the one at $.commitments[{first.Index}] in {first.Currency}. Convert it."));
            }
        }

        ValidatePreferences(scope, projects, interests, committed);
    }

    /// A round's seed commitment (G16) is worth something only when it was published before the freeze, and the seed
    /// revealed afterwards must be the one committed to.
    private static void ValidateSeedCommitment(ValidationScope scope, CompetitionRules competition, string? seed, ItemPath path)
    {
        if (competition.SeedCommitment is not { } commitment)
        {
            return;
        }

        if (commitment.PublishedAt >= competition.FreezeAt)
        {
            scope.Add(
                path.Then(".publishedAt"),
                AllocationProblems.SeedCommittedAfterFreeze,
                $"The seed commitment is published at {Text.Instant(commitment.PublishedAt)}, not before the round's freeze at {Text.Instant(competition.FreezeAt)}; "
                + "publish the seed's SHA-256 before the round freezes.");
        }

        if (seed is not null && SeedCommitment.Of(seed) != commitment.Sha256)
        {
            scope.Add(
                path.Then(".sha256"),
                AllocationProblems.SeedCommitmentMismatch,
                $"The lotterySeed's SHA-256 is {SeedCommitment.Of(seed)}, not the committed {commitment.Sha256}: the seed revealed is not the one committed to "
                + "(check with printf '%s' \"$seed\" | sha256sum).");
        }
    }

    /// <paramref name="committed"/>: each commitment's packed (member, project) positions, or -1 when it dangles.
    private static void ValidatePreferences(ValidationScope scope, Dictionary<string, int> projects, HashSet<long> interests, long[] committed)
    {
        var seen = new Dictionary<OrganizationId, int>();
        var preferences = scope.Snapshot.MemberPreferences;

        // The projects each member ranks (its first preferences entry; a second entry is an error reported below).
        var rankedByMember = new HashSet<long>(PairKey.Comparer);
        for (var i = 0; i < preferences.Length; i++)
        {
            var preference = preferences[i];
            var path = new ItemPath("$.memberPreferences", i);
            var member = scope.FindReference(MembershipArea.Organizations, preference.Member.Value, path.Then(".member"));
            var first = true;
            if (member >= 0 && !seen.TryAdd(preference.Member, i))
            {
                first = false;
                scope.Add(path.Then(".member"), AllocationProblems.DuplicatePreferences, Text.Inv($"Member '{preference.Member}' already has preferences at $.memberPreferences[{seen[preference.Member]}]; merge them."));
            }

            var ranking = preference.Ranking;
            for (var k = 0; k < ranking.Length; k++)
            {
                var project = ranking[k];
                var key = member >= 0 && projects.TryGetValue(project.Value, out var position) ? PairKey.Of(member, position) : -1;
                if (ranking.IndexOf(project) < k)
                {
                    scope.Add(path.Then(".ranking", k), CommonProblems.DuplicateListEntry, $"Project '{project}' is ranked twice; rank each project once.");
                }
                else if (!interests.Contains(key))
                {
                    scope.Add(path.Then(".ranking", k), AllocationProblems.RankingWithoutInterest, $"Member '{preference.Member}' ranks '{project}' but shows no interest in it; a member ranks its own interests only.");
                }

                if (first && key >= 0)
                {
                    rankedByMember.Add(key);
                }
            }
        }

        // The default order compares a member's own committed amounts across the projects it did not rank: one currency
        // per member among those. One pass notes each member's first currency and whether another appears.
        var commitments = scope.Snapshot.Commitments;
        bool Unranked(int i) => commitments[i].Amount is not null && !rankedByMember.Contains(committed[i]);
        var firstCurrency = new Dictionary<OrganizationId, Currency>();
        var mixed = new HashSet<OrganizationId>();
        for (var i = 0; i < commitments.Length; i++)
        {
            var c = commitments[i];
            if (Unranked(i) && !firstCurrency.TryAdd(c.Member, c.Amount!.Value.Currency) && firstCurrency[c.Member] != c.Amount.Value.Currency)
            {
                mixed.Add(c.Member);
            }
        }

        if (mixed.Count == 0)
        {
            return;
        }

        // Only for the members in error: the currencies to name, in a second pass.
        var codes = mixed.ToDictionary(m => m, _ => new SortedSet<string>(System.StringComparer.Ordinal));
        for (var i = 0; i < commitments.Length; i++)
        {
            if (Unranked(i) && codes.TryGetValue(commitments[i].Member, out var set))
            {
                set.Add(commitments[i].Amount!.Value.Currency.Code);
            }
        }

        foreach (var member in mixed.Order())
        {
            scope.Add(
                "$.memberPreferences",
                AllocationProblems.UnrankedMixedCurrencies,
                $"Member '{member}' committed in {Text.List([.. codes[member]])} to projects it does not rank; amounts in different currencies are not compared without a rate. Give the member a ranking of those projects.");
        }
    }

    /// Each item's (organisation, project) positions, -1 where an id is unknown; in parallel, reporting nothing.
    private static (int Member, int Project)[] Positions<T>(
        ValidationScope scope, Dictionary<string, int> projects, System.Collections.Immutable.ImmutableArray<T> items, System.Func<T, (OrganizationId Member, InitiativeId Project)> ids)
    {
        var organizations = scope.Ids(MembershipArea.Organizations);
        var positions = new (int, int)[items.Length];
        System.Threading.Tasks.Parallel.For(0, items.Length, (int i) =>
        {
            var (member, project) = ids(items[i]);
            positions[i] = (
                organizations.TryGetValue(member.Value, out var m) ? m : -1,
                projects.TryGetValue(project.Value, out var p) ? p : -1);
        });
        return positions;
    }

    /// The positions <see cref="Positions"/> found for the item at <paramref name="path"/>, each id that dangles reported
    /// at its field (<c>.member</c>, <c>.project</c>).
    private static (int Member, int Project) Resolved(
        ValidationScope scope, Dictionary<string, int> projects, (int Member, int Project) found, OrganizationId member, InitiativeId project, ItemPath path)
        => (found.Member >= 0 ? found.Member : scope.FindReference(MembershipArea.Organizations, member.Value, path.Then(".member")),
            found.Project >= 0 ? found.Project : FindProject(scope, projects, project, path.Then(".project")));

    /// The project's position in $.projects, or -1 after reporting a reference to a project with no places.
    private static int FindProject(ValidationScope scope, Dictionary<string, int> projects, InitiativeId project, ItemPath path)
    {
        if (projects.TryGetValue(project.Value, out var index))
        {
            return index;
        }

        scope.Add(path, CommonProblems.DanglingReference, $"No project with places for initiative '{project}' exists in $.projects; fix the id or add the project.");
        return -1;
    }

    internal override void FollowFirstFiring(ProjectionScope scope, ISession session)
    {
        if (scope.Snapshot.Projects.IsEmpty)
        {
            return;
        }

        var (projects, interests, first) = AllocationProjection.Project(
            scope.Snapshot,
            scope.Context,
            scope.Get(MembershipArea.Standings),
            scope.Get(InitiativesArea.Initiatives),
            scope.Get(InitiativesArea.Runnable),
            scope.Get(ConfidentialityArea.Participations));
        session.InsertAll(projects);
        session.InsertAll(Enumerable.Range(0, projects.Count)
            .Where(p => first[p + 1] > first[p])
            .Select(p => new ProjectInterests(projects[p], ImmutableArray.Create(interests, first[p], first[p + 1] - first[p]))));
        session.Fire();
        var (outcomes, result, problems) = AllocationStage.Allocate(
            scope.Snapshot,
            projects,
            interests,
            first,
            session.Query<ProjectDemand>(),
            session.Query<ProjectExcluded>());
        if (problems.Count > 0)
        {
            // G16: a tie only the lottery can end, and no published seed. The engine throws it as an input problem;
            // nothing is explained from an allocation that could not be made.
            foreach (var problem in problems)
            {
                scope.Report(problem);
            }

            return;
        }

        session.InsertAll(outcomes);
        session.Fire();
        scope.Publish(Result, result);
    }
}
