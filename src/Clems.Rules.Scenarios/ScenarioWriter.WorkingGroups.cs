using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioWriter
{
    private static void WriteWorkingGroupProposals(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("workingGroupProposals");
        foreach (var proposal in snapshot.WorkingGroupProposals)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", proposal.Id.Value);
            json.WriteString("group", proposal.Group.Value);
            json.WriteString("kind", proposal.Kind == WorkingGroupProposalKind.Dissolve ? "dissolve" : "transform");
            WriteIds(json, "proposedBy", proposal.ProposedBy.Select(o => o.Value));
            json.WriteString("proposedOn", Date(proposal.ProposedOn));
            json.WriteString("effectiveFrom", Date(proposal.EffectiveFrom));
            if (proposal.NewObjective is { } objective)
            {
                json.WriteString("newObjective", objective);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
