using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

internal static partial class SnapshotValidator
{
    /// Projects, interests, commitments and member preferences (G8, G16): references resolve, one project per
    /// initiative, one interest per member and project, one currency per project's commitments (committed amounts are
    /// compared between members), rankings name only the member's own interests, each once.
    private static void ValidateAllocation(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        var projects = new Dictionary<string, int>(snapshot.Projects.Length, System.StringComparer.Ordinal);
        var agreed = new HashSet<OrganizationId>();
        for (var i = 0; i < snapshot.Projects.Length; i++)
        {
            var project = snapshot.Projects[i];
            var path = new ItemPath("$.projects", i);
            if (CheckInitiative(scope, project.Initiative.Value, path.Then(".initiative")) && !projects.TryAdd(project.Initiative.Value, i))
            {
                scope.Problems.Add(new(path.Then(".initiative").ToString(), Text.Inv($"Initiative '{project.Initiative}' already has places at $.projects[{projects[project.Initiative.Value]}]; give each project one entry.")));
            }

            if (project.Competition is { } competition)
            {
                agreed.Clear();
                for (var k = 0; k < competition.Agreements.Length; k++)
                {
                    var member = competition.Agreements[k].Member;
                    var at = path.Then(".competition.agreements", k).Then(".member");
                    if (CheckOrganization(scope, member.Value, at) && !agreed.Add(member))
                    {
                        scope.Problems.Add(new(at.ToString(), $"Member '{member}' agrees twice; keep one agreement per member."));
                    }
                }
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
            var (member, project) = interestPositions[i];
            member = member >= 0 ? member : FindOrganization(scope, interest.Member.Value, path.Then(".member"));
            project = project >= 0 ? project : FindProject(scope, projects, interest.Project, path.Then(".project"));
            if (member >= 0 && project >= 0 && !interests.Add(PairKey.Of(member, project)))
            {
                scope.Problems.Add(new(path.ToString(), $"Member '{interest.Member}' shows interest in '{interest.Project}' twice; keep one interest per member and project."));
            }
        }

        var currencies = new Dictionary<InitiativeId, (Currency Currency, int Index)>();
        var committed = new long[snapshot.Commitments.Length];
        var commitmentPositions = Positions(scope, projects, snapshot.Commitments, c => (c.Member, c.Project));
        for (var i = 0; i < snapshot.Commitments.Length; i++)
        {
            var commitment = snapshot.Commitments[i];
            var path = new ItemPath("$.commitments", i);
            var (member, project) = commitmentPositions[i];
            member = member >= 0 ? member : FindOrganization(scope, commitment.Member.Value, path.Then(".member"));
            project = project >= 0 ? project : FindProject(scope, projects, commitment.Project, path.Then(".project"));
            committed[i] = member >= 0 && project >= 0 ? PairKey.Of(member, project) : -1;
            if (commitment.Amount is { } amount && !currencies.TryAdd(commitment.Project, (amount.Currency, i)) && currencies[commitment.Project].Currency != amount.Currency)
            {
                var first = currencies[commitment.Project];
                scope.Problems.Add(new(
                    path.Then(".amount.currency").ToString(),
                    Text.Inv($"Commitments to '{commitment.Project}' are compared between members, so they share one currency: this one is in {amount.Currency}, the one at $.commitments[{first.Index}] in {first.Currency}. Convert it.")));
            }
        }

        ValidatePreferences(scope, projects, interests, committed);
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
            var member = FindOrganization(scope, preference.Member.Value, path.Then(".member"));
            var first = true;
            if (member >= 0 && !seen.TryAdd(preference.Member, i))
            {
                first = false;
                scope.Problems.Add(new(path.Then(".member").ToString(), Text.Inv($"Member '{preference.Member}' already has preferences at $.memberPreferences[{seen[preference.Member]}]; merge them.")));
            }

            var ranking = preference.Ranking;
            for (var k = 0; k < ranking.Length; k++)
            {
                var project = ranking[k];
                var key = member >= 0 && projects.TryGetValue(project.Value, out var position) ? PairKey.Of(member, position) : -1;
                if (ranking.IndexOf(project) < k)
                {
                    scope.Problems.Add(new(path.Then(".ranking", k).ToString(), $"Project '{project}' is ranked twice; rank each project once."));
                }
                else if (!interests.Contains(key))
                {
                    scope.Problems.Add(new(path.Then(".ranking", k).ToString(), $"Member '{preference.Member}' ranks '{project}' but shows no interest in it; a member ranks its own interests only."));
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
            scope.Problems.Add(new(
                "$.memberPreferences",
                $"Member '{member}' committed in {Text.List([.. codes[member]])} to projects it does not rank; amounts in different currencies are not compared without a rate. Give the member a ranking of those projects."));
        }
    }

    /// Each item's (organisation, project) positions, -1 where an id is unknown; in parallel, reporting nothing.
    private static (int Member, int Project)[] Positions<T>(
        ValidationScope scope, Dictionary<string, int> projects, System.Collections.Immutable.ImmutableArray<T> items, System.Func<T, (OrganizationId Member, InitiativeId Project)> ids)
    {
        var positions = new (int, int)[items.Length];
        System.Threading.Tasks.Parallel.For(0, items.Length, (int i) =>
        {
            var (member, project) = ids(items[i]);
            positions[i] = (
                scope.Organizations.TryGetValue(member.Value, out var m) ? m : -1,
                projects.TryGetValue(project.Value, out var p) ? p : -1);
        });
        return positions;
    }

    /// The project's position in $.projects, or -1 after reporting a reference to a project with no places.
    private static int FindProject(ValidationScope scope, Dictionary<string, int> projects, InitiativeId project, ItemPath path)
    {
        if (projects.TryGetValue(project.Value, out var index))
        {
            return index;
        }

        scope.Problems.Add(new(path.ToString(), $"No project with places for initiative '{project}' exists in $.projects; fix the id or add the project."));
        return -1;
    }
}
