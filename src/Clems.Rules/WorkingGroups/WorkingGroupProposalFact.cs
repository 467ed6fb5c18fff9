using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.WorkingGroups;

/// A proposal about a working group as the rules see it (G5): the group resolved, and each proposer's standing resolved
/// on the proposal date together with whether it belongs to the group, so that validity is an alpha test
/// (<see cref="WorkingGroupClauses.ProposedByMembers"/>).
internal sealed class WorkingGroupProposalFact : IFactSource
{
    public required WorkingGroupProposal Proposal { get; init; }

    public required WorkingGroup Group { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// Each proposer, ordered by organisation id, with its standing on the proposal date.
    public required ImmutableArray<Proposer> Proposers { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.WorkingGroupProposal, Proposal.Id.Value);
            yield return new FactReference(FactKind.WorkingGroup, Group.Id.Value);
            foreach (var proposer in Proposers)
            {
                foreach (var reference in proposer.Standing.References)
                {
                    yield return reference;
                }
            }
        }
    }

    /// One proposing organisation: its standing on the proposal date and whether it is a member of the group.
    internal sealed record Proposer(MemberStanding Standing, bool InGroup);
}
