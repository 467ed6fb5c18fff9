using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// Working groups and the proposals to dissolve or transform them (G2, G4–G6).
internal sealed partial class SnapshotBuilder
{
    private readonly List<WorkingGroup> _groups = [];
    private readonly List<WorkingGroupProposal> _proposals = [];

    /// A group in area W2 ("Recover sludge as fertiliser") formed on <paramref name="formedOn"/> by <paramref name="members"/>.
    public static WorkingGroup Group(string id, LocalDate formedOn, params string[] members)
        => new(new WorkingGroupId(id), "Group " + id, "Recover sludge as fertiliser", ThematicArea.W2Sludge, members.Select(m => new OrganizationId(m)), formedOn);

    public static WorkingGroupProposal Dissolve(string id, string group, LocalDate proposedOn, LocalDate effectiveFrom, params string[] proposedBy)
        => new(new WorkingGroupProposalId(id), new WorkingGroupId(group), WorkingGroupProposalKind.Dissolve, proposedBy.Select(o => new OrganizationId(o)), proposedOn, effectiveFrom);

    public static WorkingGroupProposal Transform(string id, string group, string objective, LocalDate proposedOn, LocalDate effectiveFrom, params string[] proposedBy)
        => new(new WorkingGroupProposalId(id), new WorkingGroupId(group), WorkingGroupProposalKind.Transform, proposedBy.Select(o => new OrganizationId(o)), proposedOn, effectiveFrom, objective);

    public SnapshotBuilder With(params WorkingGroup[] groups)
    {
        _groups.AddRange(groups);
        return this;
    }

    public SnapshotBuilder With(params WorkingGroupProposal[] proposals)
    {
        _proposals.AddRange(proposals);
        return this;
    }
}
