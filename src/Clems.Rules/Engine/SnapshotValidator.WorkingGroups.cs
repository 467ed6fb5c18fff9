using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

internal static partial class SnapshotValidator
{
    /// G5: proposals about working groups name an existing group and existing organisations, and follow the formation.
    private static void ValidateWorkingGroups(ValidationScope scope)
    {
        var proposals = scope.Snapshot.WorkingGroupProposals;
        UniqueIds(scope, proposals, p => p.Id.Value, "$.workingGroupProposals", "working group proposal");
        for (var i = 0; i < proposals.Length; i++)
        {
            var proposal = proposals[i];
            var at = new ItemPath("$.workingGroupProposals", i);
            CheckOrganizations(scope.Problems, proposal.ProposedBy, scope.Organizations, k => at.Then(".proposedBy", k).ToString());
            if (!scope.Groups.TryGetValue(proposal.Group.Value, out var index))
            {
                scope.Problems.Add(new(at.Then(".group").ToString(), Dangling("working group", proposal.Group.Value, "$.workingGroups")));
                continue;
            }

            var group = scope.Snapshot.WorkingGroups[index];
            if (proposal.ProposedOn < group.FormedOn)
            {
                scope.Problems.Add(new(
                    at.Then(".proposedOn").ToString(),
                    $"The proposal is dated {Text.Date(proposal.ProposedOn)}, before working group '{group.Id}' was formed on "
                    + $"{Text.Date(group.FormedOn)}; a group can be dissolved or transformed only after its formation. Fix the date or the group."));
            }
        }
    }
}
