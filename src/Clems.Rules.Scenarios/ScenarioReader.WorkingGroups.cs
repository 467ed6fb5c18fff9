using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioReader
{
    private static readonly Vocabulary<WorkingGroupProposalKind> s_proposalKinds = new([
        ("dissolve", WorkingGroupProposalKind.Dissolve),
        ("transform", WorkingGroupProposalKind.Transform)]);

    private static WorkingGroupProposal? ReadWorkingGroupProposal(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "group", "kind", "proposedBy", "proposedOn", "effectiveFrom", "newObjective") is not { } p)
        {
            return null;
        }

        var before = log.Problems.Count;
        var id = p.Id("id");
        var group = p.Id("group");
        var kind = p.Enum("kind", s_proposalKinds);
        var proposedBy = p.Ids("proposedBy");
        var proposedOn = p.Date("proposedOn");
        var effectiveFrom = p.Date("effectiveFrom");
        var newObjective = p.String("newObjective", required: kind == WorkingGroupProposalKind.Transform);
        if (p.Element("proposedBy", required: false) is not { } listed || (listed.ValueKind == JsonValueKind.Array && listed.GetArrayLength() == 0))
        {
            log.Add(p.At("proposedBy"), "A proposal needs at least one proposing organisation (G5: proposals are made by members); list their ids.");
        }

        var seen = new System.Collections.Generic.HashSet<string>(System.StringComparer.Ordinal);
        for (var k = 0; k < proposedBy.Count; k++)
        {
            if (!seen.Add(proposedBy[k]))
            {
                log.Add(System.FormattableString.Invariant($"{p.At("proposedBy")}[{k}]"), $"Organisation '{proposedBy[k]}' is listed twice; list each proposer once.");
            }
        }

        if (kind == WorkingGroupProposalKind.Dissolve && p.Has("newObjective"))
        {
            log.Add(p.At("newObjective"), "Only a transformation carries a 'newObjective'; remove it or change the kind to transform.");
        }

        if (proposedOn is { } on && effectiveFrom is { } from && from < on)
        {
            log.Add(p.At("effectiveFrom"), $"The proposal takes effect on {from:uuuu-MM-dd}, before it was made on {on:uuuu-MM-dd}; fix the dates.");
        }

        return log.Problems.Count > before || id is null || group is null || kind is null || proposedOn is null || effectiveFrom is null
            ? null
            : new WorkingGroupProposal(
                new WorkingGroupProposalId(id),
                new WorkingGroupId(group),
                kind.Value,
                proposedBy.Select(o => new OrganizationId(o)),
                proposedOn.Value,
                effectiveFrom.Value,
                kind == WorkingGroupProposalKind.Transform ? newObjective : null);
    }
}
