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
        var projects = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Projects.Length; i++)
        {
            var project = snapshot.Projects[i];
            var path = Text.Inv($"$.projects[{i}]");
            if (CheckInitiative(scope, project.Initiative.Value, path + ".initiative") && !projects.TryAdd(project.Initiative.Value, i))
            {
                scope.Problems.Add(new(path + ".initiative", Text.Inv($"Initiative '{project.Initiative}' already has places at $.projects[{projects[project.Initiative.Value]}]; give each project one entry.")));
            }

            if (project.Competition is { } competition)
            {
                var agreed = new HashSet<OrganizationId>();
                for (var k = 0; k < competition.Agreements.Length; k++)
                {
                    var member = competition.Agreements[k].Member;
                    var at = Text.Inv($"{path}.competition.agreements[{k}].member");
                    if (CheckOrganization(scope, member.Value, at) && !agreed.Add(member))
                    {
                        scope.Problems.Add(new(at, $"Member '{member}' agrees twice; keep one agreement per member."));
                    }
                }
            }
        }

        var interests = new HashSet<(OrganizationId, InitiativeId)>();
        for (var i = 0; i < snapshot.Interests.Length; i++)
        {
            var interest = snapshot.Interests[i];
            var path = Text.Inv($"$.interests[{i}]");
            var member = CheckOrganization(scope, interest.Member.Value, path + ".member");
            var project = CheckProject(scope, projects, interest.Project, path + ".project");
            if (member && project && !interests.Add((interest.Member, interest.Project)))
            {
                scope.Problems.Add(new(path, $"Member '{interest.Member}' shows interest in '{interest.Project}' twice; keep one interest per member and project."));
            }
        }

        var currencies = new Dictionary<InitiativeId, (Currency Currency, int Index)>();
        for (var i = 0; i < snapshot.Commitments.Length; i++)
        {
            var commitment = snapshot.Commitments[i];
            var path = Text.Inv($"$.commitments[{i}]");
            CheckOrganization(scope, commitment.Member.Value, path + ".member");
            CheckProject(scope, projects, commitment.Project, path + ".project");
            if (commitment.Amount is { } amount && !currencies.TryAdd(commitment.Project, (amount.Currency, i)) && currencies[commitment.Project].Currency != amount.Currency)
            {
                var first = currencies[commitment.Project];
                scope.Problems.Add(new(
                    path + ".amount.currency",
                    Text.Inv($"Commitments to '{commitment.Project}' are compared between members, so they share one currency: this one is in {amount.Currency}, the one at $.commitments[{first.Index}] in {first.Currency}. Convert it.")));
            }
        }

        ValidatePreferences(scope, interests);
    }

    private static void ValidatePreferences(ValidationScope scope, HashSet<(OrganizationId, InitiativeId)> interests)
    {
        var seen = new Dictionary<OrganizationId, int>();
        var preferences = scope.Snapshot.MemberPreferences;
        for (var i = 0; i < preferences.Length; i++)
        {
            var preference = preferences[i];
            var path = Text.Inv($"$.memberPreferences[{i}]");
            if (CheckOrganization(scope, preference.Member.Value, path + ".member") && !seen.TryAdd(preference.Member, i))
            {
                scope.Problems.Add(new(path + ".member", Text.Inv($"Member '{preference.Member}' already has preferences at $.memberPreferences[{seen[preference.Member]}]; merge them.")));
            }

            var ranked = new HashSet<InitiativeId>();
            for (var k = 0; k < preference.Ranking.Length; k++)
            {
                var project = preference.Ranking[k];
                var at = Text.Inv($"{path}.ranking[{k}]");
                if (!ranked.Add(project))
                {
                    scope.Problems.Add(new(at, $"Project '{project}' is ranked twice; rank each project once."));
                }
                else if (!interests.Contains((preference.Member, project)))
                {
                    scope.Problems.Add(new(at, $"Member '{preference.Member}' ranks '{project}' but shows no interest in it; a member ranks its own interests only."));
                }
            }
        }

        // The default order compares a member's own committed amounts across the projects it did not rank.
        var rankings = new Dictionary<OrganizationId, HashSet<InitiativeId>>();
        foreach (var preference in preferences)
        {
            rankings.TryAdd(preference.Member, [.. preference.Ranking]);
        }

        var unranked = scope.Snapshot.Commitments
            .Where(c => c.Amount is not null)
            .Where(c => !(rankings.TryGetValue(c.Member, out var ranking) && ranking.Contains(c.Project)))
            .GroupBy(c => c.Member);
        foreach (var member in unranked.OrderBy(g => g.Key))
        {
            var codes = member.Select(c => c.Amount!.Value.Currency).Distinct().Order().ToList();
            if (codes.Count > 1)
            {
                scope.Problems.Add(new(
                    "$.memberPreferences",
                    $"Member '{member.Key}' committed in {Text.List([.. codes.Select(c => c.Code)])} to projects it does not rank; amounts in different currencies are not compared without a rate. Give the member a ranking of those projects."));
            }
        }
    }

    private static bool CheckProject(ValidationScope scope, Dictionary<string, int> projects, InitiativeId project, string path)
    {
        if (projects.ContainsKey(project.Value))
        {
            return true;
        }

        scope.Problems.Add(new(path, $"No project with places for initiative '{project}' exists in $.projects; fix the id or add the project."));
        return false;
    }
}
