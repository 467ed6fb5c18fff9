using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>Verifies the invariants of any allocation result, independently of the engine that produced it (G8, G16).</summary>
/// <remarks>
/// Checked: no project admits more members than its places, and a project that made no allocation admits none; no
/// member holds more places than its cap; only eligible interests are admitted; no justified envy — no member that
/// wants a project (it has room under its cap, or ranks the project above one it holds) is refused there while a member
/// ranked below it by the project's key is admitted; no waste — no place stays empty while an eligible member that
/// wants it is refused. "Ranked below" uses the entries' ranks, which the key decides.
/// </remarks>
public static class AllocationChecker
{
    /// <summary>Checks an allocation result.</summary>
    /// <param name="result">The result to check.</param>
    /// <returns>One sentence per violation; empty when every invariant holds.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="result"/> is null.</exception>
    public static ImmutableArray<string> Check(AllocationResult result)
    {
        Preconditions.CheckNotNull(result);
        var violations = new List<string>();
        var members = result.Members.ToDictionary(m => m.Member);
        var held = new Dictionary<OrganizationId, HashSet<InitiativeId>>();
        foreach (var project in result.Projects)
        {
            foreach (var entry in project.Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted))
            {
                if (!held.TryGetValue(entry.Member, out var set))
                {
                    held[entry.Member] = set = [];
                }

                set.Add(project.Project);
            }
        }

        foreach (var member in result.Members)
        {
            var count = held.GetValueOrDefault(member.Member)?.Count ?? 0;
            if (member.Cap is { } cap && count > cap)
            {
                violations.Add(Text.Inv($"Member {member.Member} holds {count} places but its cap is {cap}."));
            }
        }

        foreach (var project in result.Projects)
        {
            CheckProject(project, members, held, violations);
        }

        return [.. violations];
    }

    private static void CheckProject(
        ProjectAllocation project,
        Dictionary<OrganizationId, MemberAllocation> members,
        Dictionary<OrganizationId, HashSet<InitiativeId>> held,
        List<string> violations)
    {
        var admitted = project.Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted).ToList();
        if (!project.Allocated && admitted.Count > 0)
        {
            violations.Add($"Project {project.Project} made no allocation but admits {string.Join(", ", admitted.Select(e => e.Member))}.");
        }

        if (admitted.Count > project.Places)
        {
            violations.Add(Text.Inv($"Project {project.Project} admits {admitted.Count} members for {project.Places} places."));
        }

        foreach (var entry in admitted.Where(e => e.Rank is null))
        {
            violations.Add($"Project {project.Project} admits {entry.Member}, whose interest is not eligible.");
        }

        if (!project.Allocated)
        {
            return;
        }

        var worstAdmitted = admitted.Where(e => e.Rank is not null).Select(e => e.Rank!.Value).DefaultIfEmpty(0).Max();
        foreach (var refused in project.Entries.Where(e => e.Rank is not null && e.Outcome != AllocationOutcomeKind.Admitted))
        {
            if (!Wants(refused.Member, project.Project, members, held))
            {
                continue;
            }

            if (refused.Rank < worstAdmitted)
            {
                var envied = admitted.First(e => e.Rank == worstAdmitted).Member;
                violations.Add(Text.Inv($"Justified envy at {project.Project}: {refused.Member} (rank {refused.Rank}) wants a place and ranks above {envied} (rank {worstAdmitted}), who is admitted."));
            }

            if (admitted.Count < project.Places)
            {
                violations.Add(Text.Inv($"Waste at {project.Project}: {project.Places - admitted.Count} place(s) stay empty while {refused.Member} (rank {refused.Rank}) wants one."));
            }
        }
    }

    /// A member wants a project when it has room under its cap or ranks the project above a project it holds.
    private static bool Wants(
        OrganizationId member,
        InitiativeId project,
        Dictionary<OrganizationId, MemberAllocation> members,
        Dictionary<OrganizationId, HashSet<InitiativeId>> held)
    {
        var holding = held.GetValueOrDefault(member) ?? [];
        if (holding.Contains(project))
        {
            return false;
        }

        if (!members.TryGetValue(member, out var allocation))
        {
            return true;
        }

        if (allocation.Cap is not { } cap || holding.Count < cap)
        {
            return true;
        }

        var position = allocation.Ranking.IndexOf(project);
        return position >= 0 && holding.Any(h => allocation.Ranking.IndexOf(h) > position);
    }

}
