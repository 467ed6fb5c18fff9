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
        var interests = new HashSet<(OrganizationId, InitiativeId)>(snapshot.Interests.Length);
        for (var i = 0; i < snapshot.Interests.Length; i++)
        {
            var interest = snapshot.Interests[i];
            var path = new ItemPath("$.interests", i);
            var member = CheckOrganization(scope, interest.Member.Value, path.Then(".member"));
            var project = CheckProject(scope, projects, interest.Project, path.Then(".project"));
            if (member && project && !interests.Add((interest.Member, interest.Project)))
            {
                scope.Problems.Add(new(path.ToString(), $"Member '{interest.Member}' shows interest in '{interest.Project}' twice; keep one interest per member and project."));
            }
        }
        var currencies = new Dictionary<InitiativeId, (Currency Currency, int Index)>();
        for (var i = 0; i < snapshot.Commitments.Length; i++)
        {
            var commitment = snapshot.Commitments[i];
            var path = new ItemPath("$.commitments", i);
            CheckOrganization(scope, commitment.Member.Value, path.Then(".member"));
            CheckProject(scope, projects, commitment.Project, path.Then(".project"));
            if (commitment.Amount is { } amount && !currencies.TryAdd(commitment.Project, (amount.Currency, i)) && currencies[commitment.Project].Currency != amount.Currency)
            {
                var first = currencies[commitment.Project];
                scope.Problems.Add(new(
                    path.Then(".amount.currency").ToString(),
                    Text.Inv($"Commitments to '{commitment.Project}' are compared between members, so they share one currency: this one is in {amount.Currency}, the one at $.commitments[{first.Index}] in {first.Currency}. Convert it.")));
            }
        }
        ValidatePreferences(scope, interests);
    }

    private static void ValidatePreferences(ValidationScope scope, HashSet<(OrganizationId, InitiativeId)> interests)
    {
        var seen = new Dictionary<OrganizationId, int>();
        var preferences = scope.Snapshot.MemberPreferences;

        // The projects each member ranks (its first preferences entry; a second entry is an error reported below).
        var rankedByMember = new HashSet<(OrganizationId, InitiativeId)>();
        for (var i = 0; i < preferences.Length; i++)
        {
            var preference = preferences[i];
            var path = new ItemPath("$.memberPreferences", i);
            var first = true;
            if (CheckOrganization(scope, preference.Member.Value, path.Then(".member")) && !seen.TryAdd(preference.Member, i))
            {
                first = false;
                scope.Problems.Add(new(path.Then(".member").ToString(), Text.Inv($"Member '{preference.Member}' already has preferences at $.memberPreferences[{seen[preference.Member]}]; merge them.")));
            }

            var ranking = preference.Ranking;
            for (var k = 0; k < ranking.Length; k++)
            {
                var project = ranking[k];
                if (ranking.IndexOf(project) < k)
                {
                    scope.Problems.Add(new(path.Then(".ranking", k).ToString(), $"Project '{project}' is ranked twice; rank each project once."));
                }
                else if (!interests.Contains((preference.Member, project)))
                {
                    scope.Problems.Add(new(path.Then(".ranking", k).ToString(), $"Member '{preference.Member}' ranks '{project}' but shows no interest in it; a member ranks its own interests only."));
                }

                if (first)
                {
                    rankedByMember.Add((preference.Member, project));
                }
            }
        }

        // The default order compares a member's own committed amounts across the projects it did not rank: one currency
        // per member among those. One pass notes each member's first currency and whether another appears.
        var commitments = scope.Snapshot.Commitments;
        var firstCurrency = new Dictionary<OrganizationId, Currency>();
        var mixed = new HashSet<OrganizationId>();
        foreach (var c in commitments)
        {
            if (c.Amount is { } amount
                && !rankedByMember.Contains((c.Member, c.Project))
                && !firstCurrency.TryAdd(c.Member, amount.Currency)
                && firstCurrency[c.Member] != amount.Currency)
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
        foreach (var c in commitments)
        {
            if (c.Amount is { } amount && codes.TryGetValue(c.Member, out var set) && !rankedByMember.Contains((c.Member, c.Project)))
            {
                set.Add(amount.Currency.Code);
            }
        }

        foreach (var member in mixed.Order())
        {
            scope.Problems.Add(new(
                "$.memberPreferences",
                $"Member '{member}' committed in {Text.List([.. codes[member]])} to projects it does not rank; amounts in different currencies are not compared without a rate. Give the member a ranking of those projects."));
        }
    }

    private static bool CheckProject(ValidationScope scope, Dictionary<string, int> projects, InitiativeId project, ItemPath path)
    {
        if (projects.ContainsKey(project.Value))
        {
            return true;
        }

        scope.Problems.Add(new(path.ToString(), $"No project with places for initiative '{project}' exists in $.projects; fix the id or add the project."));
        return false;
    }
}
