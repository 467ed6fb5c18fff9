using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of working groups and of the proposals to dissolve or transform them (G5).
internal static class WorkingGroupsFormat
{
    internal static readonly ScenarioArray WorkingGroups = ScenarioArray.Of(
        "workingGroups", ReadWorkingGroup, (s, items) => s with { WorkingGroups = [.. items] }, s => s.WorkingGroups, WriteWorkingGroup);

    internal static readonly ScenarioArray WorkingGroupProposals = ScenarioArray.Of(
        "workingGroupProposals",
        ReadWorkingGroupProposal,
        (s, items) => s with { WorkingGroupProposals = [.. items] },
        s => s.WorkingGroupProposals,
        WriteWorkingGroupProposal);

    private static readonly Vocabulary<WorkingGroupProposalKind> s_proposalKinds = new([
        ("dissolve", WorkingGroupProposalKind.Dissolve),
        ("transform", WorkingGroupProposalKind.Transform)]);

    private static WorkingGroup? ReadWorkingGroup(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "name", "objective", "area", "areaLabel", "members", "formedOn") is not { } g)
        {
            return null;
        }

        var id = g.Id("id");
        var name = g.String("name");
        var objective = g.String("objective");
        var area = g.Enum("area", ScenarioVocabulary.Areas);
        var label = g.String("areaLabel", required: false);
        var members = g.Ids("members");
        var formedOn = g.Date("formedOn");
        var labelFailed = g.Has("areaLabel") && label is null;
        if (labelFailed || (area is { } a && log.Add(WorkingGroup.CheckAreaLabel(a, label, g.At("areaLabel")))))
        {
            return null;
        }

        return id is null || name is null || objective is null || area is null || formedOn is null
            ? null
            : new WorkingGroup(new WorkingGroupId(id), name, objective, area.Value, members.Select(x => new OrganizationId(x)), formedOn.Value, label);
    }

    private static void WriteWorkingGroup(Utf8JsonWriter json, WorkingGroup group)
    {
        json.WriteStartObject();
        json.WriteString("id", group.Id.Value);
        json.WriteString("name", group.Name);
        json.WriteString("objective", group.Objective);
        json.WriteString("area", ScenarioVocabulary.Areas.NameOf(group.Area));
        if (group.AreaLabel is { } label)
        {
            json.WriteString("areaLabel", label);
        }

        json.WriteIds("members", group.Members.Select(m => m.Value));
        json.WriteDate("formedOn", group.FormedOn);
        json.WriteEndObject();
    }

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
        var proposedBy = p.Ids("proposedBy").Select(o => new OrganizationId(o)).ToList();
        var proposedOn = p.Date("proposedOn");
        var effectiveFrom = p.Date("effectiveFrom");
        var newObjective = p.String("newObjective", required: false);

        // The proposers are checked when every listed id was read; an id that was not is reported already.
        if (p.Element("proposedBy", required: false) is not { } listed || (listed.ValueKind == JsonValueKind.Array && listed.GetArrayLength() == proposedBy.Count))
        {
            log.Add(WorkingGroupProposal.CheckProposers(proposedBy, p.At("proposedBy")));
        }

        if (kind is { } k && (newObjective is not null || !p.Has("newObjective")))
        {
            log.Add(WorkingGroupProposal.CheckNewObjective(k, newObjective, p.At("newObjective")));
        }

        if (proposedOn is { } on && effectiveFrom is { } from)
        {
            log.Add(WorkingGroupProposal.CheckDates(on, from, p.At("effectiveFrom")));
        }

        return log.Problems.Count > before || id is null || group is null || kind is null || proposedOn is null || effectiveFrom is null
            ? null
            : new WorkingGroupProposal(
                new WorkingGroupProposalId(id),
                new WorkingGroupId(group),
                kind.Value,
                proposedBy,
                proposedOn.Value,
                effectiveFrom.Value,
                kind == WorkingGroupProposalKind.Transform ? newObjective : null);
    }

    private static void WriteWorkingGroupProposal(Utf8JsonWriter json, WorkingGroupProposal proposal)
    {
        json.WriteStartObject();
        json.WriteString("id", proposal.Id.Value);
        json.WriteString("group", proposal.Group.Value);
        json.WriteString("kind", s_proposalKinds.NameOf(proposal.Kind));
        json.WriteIds("proposedBy", proposal.ProposedBy.Select(o => o.Value));
        json.WriteDate("proposedOn", proposal.ProposedOn);
        json.WriteDate("effectiveFrom", proposal.EffectiveFrom);
        if (proposal.NewObjective is { } objective)
        {
            json.WriteString("newObjective", objective);
        }

        json.WriteEndObject();
    }
}
