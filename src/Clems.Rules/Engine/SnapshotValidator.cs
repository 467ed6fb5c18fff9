using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Engine;

/// Checks what the types cannot check alone: unique ids, references that resolve, terms that do not overlap,
/// one currency per budget. Gathers every problem instead of stopping at the first. Each governance area checks its own
/// collections in a partial file (<c>SnapshotValidator.Area.cs</c>), called with one line from <see cref="Validate"/>.
internal static partial class SnapshotValidator
{
    internal static IReadOnlyList<ValidationProblem> Validate(ClusterSnapshot snapshot)
    {
        var problems = new List<ValidationProblem>();
        var organizations = Unique(problems, snapshot.Organizations, o => o.Id.Value, i => $"$.organizations[{i}].id", "organisation");
        var representatives = new Dictionary<string, (int Organization, int Index)>(System.StringComparer.Ordinal);
        for (var i = 0; i < snapshot.Organizations.Length; i++)
        {
            var reps = snapshot.Organizations[i].Representatives;
            for (var k = 0; k < reps.Length; k++)
            {
                if (!representatives.TryAdd(reps[k].Id.Value, (i, k)))
                {
                    var first = representatives[reps[k].Id.Value];
                    problems.Add(new(
                        RepresentativePath(i, k),
                        $"Representative id '{reps[k].Id}' is already used at {RepresentativePath(first.Organization, first.Index)}; give each representative its own id."));
                }
            }
        }
        ValidateMemberships(problems, snapshot.Memberships, organizations);
        var groups = Unique(problems, snapshot.WorkingGroups, g => g.Id.Value, i => $"$.workingGroups[{i}].id", "working group");
        for (var i = 0; i < snapshot.WorkingGroups.Length; i++)
        {
            CheckOrganizations(problems, snapshot.WorkingGroups[i].Members, organizations, k => $"$.workingGroups[{i}].members[{k}]");
        }

        var initiatives = Unique(problems, snapshot.Initiatives, x => x.Id.Value, i => $"$.initiatives[{i}].id", "initiative");
        for (var i = 0; i < snapshot.Initiatives.Length; i++)
        {
            ValidateInitiative(problems, snapshot.Initiatives[i], i, organizations, groups, representatives);
        }

        ValidateFrameworks(problems, snapshot.Frameworks);
        var scope = new ValidationScope(snapshot, problems, organizations, groups, representatives, initiatives);
        ValidateAreas(scope);
        return problems;
    }

    /// The checks of the later governance areas, each in its partial file, in a fixed order.
    private static void ValidateAreas(ValidationScope scope)
    {
        ValidateAllocation(scope);
        ValidateExec(scope);
        ValidateWorkingGroups(scope);
        ValidateConfidentiality(scope);
        ValidateServices(scope);
        ValidateTenders(scope);
    }

    /// Reports a dangling organisation reference at <paramref name="path"/>; true when the id exists.
    internal static bool CheckOrganization(ValidationScope scope, string id, ItemPath path) => FindOrganization(scope, id, path) >= 0;

    /// The organisation's position in $.organizations, or -1 after reporting a dangling reference at <paramref name="path"/>.
    internal static int FindOrganization(ValidationScope scope, string id, ItemPath path)
    {
        if (scope.Organizations.TryGetValue(id, out var index))
        {
            return index;
        }

        scope.Problems.Add(new(path.ToString(), Dangling("organisation", id, "$.organizations")));
        return -1;
    }

    /// Reports a dangling initiative reference at <paramref name="path"/>; true when the id exists.
    internal static bool CheckInitiative(ValidationScope scope, string id, ItemPath path)
    {
        if (scope.Initiatives.ContainsKey(id))
        {
            return true;
        }

        scope.Problems.Add(new(path.ToString(), Dangling("initiative", id, "$.initiatives")));
        return false;
    }

    /// Reports duplicate ids among <paramref name="items"/>; returns id → index of the first occurrence.
    internal static Dictionary<string, int> UniqueIds<T>(ValidationScope scope, IReadOnlyList<T> items, System.Func<T, string> id, string arrayPath, string what)
        => Unique(scope.Problems, items, id, i => Text.Inv($"{arrayPath}[{i}].id"), what);

    /// Picks the framework version in force on <paramref name="asOf"/> (G1): the latest effective on or before it.
    internal static (FrameworkVersion? InForce, FrameworkVersion? Superseded, ValidationProblem? Problem) SelectFramework(
        IReadOnlyList<FrameworkVersion> frameworks, LocalDate asOf)
    {
        var ordered = frameworks.OrderBy(f => f.EffectiveFrom).ToList();
        var index = ordered.FindLastIndex(f => f.EffectiveFrom <= asOf);
        if (index >= 0)
        {
            return (ordered[index], index > 0 ? ordered[index - 1] : null, null);
        }

        var message = ordered.Count == 0
            ? "The snapshot has no framework version; add the version the General Assembly adopted (G1)."
            : $"No framework version is in force on {Text.Date(asOf)}: the earliest, {ordered[0].Id}, takes effect on "
                + $"{Text.Date(ordered[0].EffectiveFrom)}. Evaluate on or after that date, or add the version in force then (G1).";
        return (null, null, new ValidationProblem("$.frameworks", message));
    }

    private static void ValidateMemberships(List<ValidationProblem> problems, IReadOnlyList<MembershipTerm> terms, Dictionary<string, int> organizations)
    {
        var byOrganization = new Dictionary<string, List<int>>(System.StringComparer.Ordinal);
        for (var i = 0; i < terms.Count; i++)
        {
            var id = terms[i].Organization.Value;
            if (!organizations.ContainsKey(id))
            {
                problems.Add(new(Text.Inv($"$.memberships[{i}].organization"), Dangling("organisation", id, "$.organizations")));
                continue;
            }

            if (!byOrganization.TryGetValue(id, out var seen))
            {
                byOrganization[id] = seen = [];
            }

            foreach (var j in seen.Where(j => Overlap(terms[i], terms[j])))
            {
                problems.Add(new(
                    Text.Inv($"$.memberships[{i}]"),
                    Text.Inv($"This membership of '{id}' overlaps the one at $.memberships[{j}]; end one before the other starts, or merge them.")));
            }

            seen.Add(i);
        }
    }

    private static string RepresentativePath(int organization, int index) => Text.Inv($"$.organizations[{organization}].representatives[{index}].id");

    private static bool Overlap(MembershipTerm a, MembershipTerm b)
        => (a.End is null || b.Start <= a.End.Value) && (b.End is null || a.Start <= b.End.Value);

    private static void ValidateInitiative(
        List<ValidationProblem> problems,
        Initiative initiative,
        int i,
        Dictionary<string, int> organizations,
        Dictionary<string, int> groups,
        Dictionary<string, (int Organization, int Index)> representatives)
    {
        var at = Text.Inv($"$.initiatives[{i}]");
        if (initiative.Initiator?.Member is { } member && !organizations.ContainsKey(member.Value))
        {
            problems.Add(new(at + ".initiator.member", Dangling("organisation", member.Value, "$.organizations")));
        }

        if (initiative.Initiator?.WorkingGroup is { } group && !groups.ContainsKey(group.Value))
        {
            problems.Add(new(at + ".initiator.workingGroup", Dangling("working group", group.Value, "$.workingGroups")));
        }

        if (initiative.ProposedBy is { } rep && !representatives.ContainsKey(rep.Value))
        {
            problems.Add(new(at + ".proposedBy", Dangling("representative", rep.Value, "the representatives of $.organizations")));
        }

        CheckOrganizations(problems, initiative.Beneficiaries, organizations, k => $"{at}.beneficiaries[{k}]");
        CheckOrganizations(problems, initiative.Participants.Select(p => p.Organization).ToList(), organizations, k => $"{at}.participants[{k}].organization");
        if (!initiative.Budget.IsEmpty)
        {
            var currency = initiative.Budget[0].Amount.Currency;
            for (var k = 1; k < initiative.Budget.Length; k++)
            {
                if (initiative.Budget[k].Amount.Currency != currency)
                {
                    problems.Add(new(
                        Text.Inv($"{at}.budget[{k}].amount.currency"),
                        $"A budget is in one currency: this line is in {initiative.Budget[k].Amount.Currency} while the first line is in {currency}. Convert the line to {currency}."));
                }
            }
        }

        for (var k = 0; k < initiative.Funding.Length; k++)
        {
            if (initiative.Funding[k].Contributor is { } contributor && !organizations.ContainsKey(contributor.Value))
            {
                problems.Add(new(Text.Inv($"{at}.funding[{k}].contributor"), Dangling("organisation", contributor.Value, "$.organizations")));
            }
        }
    }

    private static void ValidateFrameworks(List<ValidationProblem> problems, IReadOnlyList<FrameworkVersion> frameworks)
    {
        Unique(problems, frameworks, f => f.Id.Value, i => $"$.frameworks[{i}].id", "framework version");
        var effective = new Dictionary<LocalDate, int>();
        for (var i = 0; i < frameworks.Count; i++)
        {
            if (!effective.TryAdd(frameworks[i].EffectiveFrom, i))
            {
                problems.Add(new(
                    Text.Inv($"$.frameworks[{i}].effectiveFrom"),
                    Text.Inv($"Two framework versions take effect on {Text.Date(frameworks[i].EffectiveFrom)} (see $.frameworks[{effective[frameworks[i].EffectiveFrom]}]); only one can be in force on a date.")));
            }
        }
    }

    private static void CheckOrganizations(
        List<ValidationProblem> problems,
        IReadOnlyList<OrganizationId> ids,
        Dictionary<string, int> organizations,
        System.Func<int, string> path)
    {
        var seen = new HashSet<string>(System.StringComparer.Ordinal);
        for (var k = 0; k < ids.Count; k++)
        {
            var id = ids[k].Value;
            if (!organizations.ContainsKey(id))
            {
                problems.Add(new(path(k), Dangling("organisation", id, "$.organizations")));
            }
            else if (!seen.Add(id))
            {
                problems.Add(new(path(k), $"Organisation '{id}' is listed twice; list each organisation once."));
            }
        }
    }

    private static Dictionary<string, int> Unique<T>(
        List<ValidationProblem> problems,
        IReadOnlyList<T> items,
        System.Func<T, string> id,
        System.Func<int, string> path,
        string what)
    {
        var seen = new Dictionary<string, int>(System.StringComparer.Ordinal);
        for (var i = 0; i < items.Count; i++)
        {
            var key = id(items[i]);
            if (!seen.TryAdd(key, i))
            {
                problems.Add(new(path(i), $"The {what} id '{key}' is already used at {path(seen[key])}; ids must be unique."));
            }
        }

        return seen;
    }

    private static string Dangling(string what, string id, string where)
        => $"No {what} with id '{id}' exists in {where}; fix the id or add the {what}.";

}
