using System.Linq;

namespace Clems.Rules.WorkingGroups;

/// The tests of the working-group clauses (G4, G5): when a group is validly set up, exists, is dissolved or at quorum on
/// the as-of date, and who may propose to dissolve or transform it. The rules' conditions, their reasons and the
/// projection (which proposals change a group) call these only.
internal static class WorkingGroupClauses
{
    /// G4, "set freely by at least 3 member organisations": at least the minimum of the framework in force on the
    /// formation date of the group's organisations were active members on that date.
    internal static bool SetUpByEnoughMembers(WorkingGroupFact group) => group.ActiveFounderCount >= group.FormationMinimum;

    /// G4, read in time: the group exists from its formation date on, that date included.
    internal static bool FormedBy(WorkingGroupFact group) => group.Group.FormedOn <= group.AsOf;

    /// G5: a valid dissolution is in effect on the as-of date.
    internal static bool Dissolved(WorkingGroupFact group) => group.Dissolution is not null;

    /// G4: a group that later falls below the minimum is flagged: at quorum while at least the minimum of the framework
    /// in force on the as-of date of its organisations are active members on that date.
    internal static bool AtQuorum(WorkingGroupFact group) => group.ActiveMemberCount >= group.Minimum;

    /// G5, "dissolved or transformed with a new objective to the proposal of the members": the proposer is a member of
    /// the group and an active member of CLEMS on the proposal date.
    internal static bool MayPropose(WorkingGroupProposalFact.Proposer proposer) => proposer.InGroup && proposer.Standing.IsActive;

    /// G5: every proposer may propose; only such a proposal changes the group.
    internal static bool ProposedByMembers(WorkingGroupProposalFact proposal) => proposal.Proposers.All(MayPropose);
}
