using System.Collections.Immutable;
using Clems.Rules.Utility;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<WorkingGroupProposal> _workingGroupProposals = [];

    /// <summary>The proposals to dissolve or transform working groups (G5).</summary>
    public ImmutableArray<WorkingGroupProposal> WorkingGroupProposals { get => _workingGroupProposals; init => _workingGroupProposals = Preconditions.CheckItems(value); }
}
