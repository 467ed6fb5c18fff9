using System;
using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.WorkingGroups;

/// The reason codes and sentences of the working-group clauses (G2, G4, G5, G6), and the phrases they share so that a
/// group, an area or a member reads the same in every reason.
internal static class WorkingGroupsReasons
{
    internal static class Codes
    {
        /// G4: the founders that were active members on the formation date, and the minimum.
        internal const string FoundedByMembers = "G4.founded-by-members";

        /// G4: a founder of a validly formed group that was not an active member on the formation date.
        internal const string FounderNotCounted = "G4.founder-not-counted";

        /// G4: a founder of a rejected formation whose membership was suspended on the formation date.
        internal const string FounderMembershipSuspended = "G4.founder-membership-suspended";

        /// G4: a founder of a rejected formation whose membership had not started on the formation date.
        internal const string FounderMembershipNotStarted = "G4.founder-membership-not-started";

        /// G4: a founder of a rejected formation whose membership had ended before the formation date.
        internal const string FounderMembershipEnded = "G4.founder-membership-ended";

        /// G4: a founder of a rejected formation that was never a member.
        internal const string FounderNeverAMember = "G4.founder-never-a-member";

        /// G4: fewer founders were active members on the formation date than the minimum.
        internal const string TooFewFounders = "G4.too-few-founders";

        /// G4: the formation date is after the as-of date.
        internal const string NotYetFormed = "G4.not-yet-formed";

        /// G4: a member of a group below quorum whose membership is suspended on the as-of date.
        internal const string MemberMembershipSuspended = "G4.member-membership-suspended";

        /// G4: a member of a group below quorum whose membership has not started on the as-of date.
        internal const string MemberMembershipNotStarted = "G4.member-membership-not-started";

        /// G4: a member of a group below quorum whose membership ended before the as-of date.
        internal const string MemberMembershipEnded = "G4.member-membership-ended";

        /// G4: a member of a group below quorum that was never a member of CLEMS.
        internal const string MemberNeverAMember = "G4.member-never-a-member";

        /// G4: the group has fewer active members on the as-of date than the minimum.
        internal const string BelowQuorum = "G4.below-quorum";

        /// G4: the initiating group's formation date is after the as-of date.
        internal const string GroupNotYetFormed = "G4.group-not-yet-formed";

        /// G4: the initiating group was not validly formed.
        internal const string GroupFormationInvalid = "G4.group-formation-invalid";

        /// G4: the initiating group is below quorum on the as-of date.
        internal const string GroupBelowQuorum = "G4.group-below-quorum";

        /// G5: the initiating group is dissolved on the as-of date.
        internal const string GroupDissolved = "G5.group-dissolved";

        /// G6: the group's thematic area.
        internal const string ThematicArea = "G6.thematic-area";

        /// G2: the group's objective on the as-of date.
        internal const string Objective = "G2.objective";

        /// G2: the initiatives the group initiated.
        internal const string Portfolio = "G2.portfolio";

        /// G5: a transformation in effect, with the objective it replaced.
        internal const string Transformed = "G5.transformed";

        /// G5: a transformation that takes effect after the as-of date.
        internal const string TransformationPending = "G5.transformation-pending";

        /// G5: the dissolution in effect on the as-of date.
        internal const string Dissolved = "G5.dissolved";

        /// G5: the proposers, members of the group and active members on the proposal date.
        internal const string ProposedByMembers = "G5.proposed-by-members";

        /// G5: what an approved dissolution does.
        internal const string Dissolution = "G5.dissolution";

        /// G5: what an approved transformation does.
        internal const string Transformation = "G5.transformation";

        /// G5: a proposer that is not a member of the group.
        internal const string ProposerNotInGroup = "G5.proposer-not-in-group";

        /// G5: a proposer whose membership was suspended on the proposal date.
        internal const string ProposerMembershipSuspended = "G5.proposer-membership-suspended";

        /// G5: a proposer whose membership had not started on the proposal date.
        internal const string ProposerMembershipNotStarted = "G5.proposer-membership-not-started";

        /// G5: a proposer whose membership had ended before the proposal date.
        internal const string ProposerMembershipEnded = "G5.proposer-membership-ended";

        /// G5: a proposer that was never a member of CLEMS.
        internal const string ProposerNeverAMember = "G5.proposer-never-a-member";
    }

    // Formation (WorkingGroups.ValidFormation, WorkingGroups.InvalidFormation).

    internal static Reason FoundedByMembers(WorkingGroupFact fact)
    {
        var founders = fact.Founders.Where(s => s.IsActive).ToList();
        return new(
            Codes.FoundedByMembers,
            Text.Inv($"{GroupSubject(fact.Group)} was formed on {Text.Date(fact.Group.FormedOn)} by {Text.Count(founders.Count, "organisation", "organisations")} ")
            + (founders.Count == 1 ? "that was an active member" : "that were active members")
            + $" on that date ({Organizations(founders)}); "
            + FormationMinimum(fact) + ".");
    }

    /// A founder of a validly formed group that does not count towards founding it.
    internal static Reason FounderNotCounted(MemberStanding founder, WorkingGroup group)
        => new(Codes.FounderNotCounted, FounderText(founder, group));

    /// A founder of a formation that is rejected, with its standing on the formation date in the code.
    internal static Reason FounderNotActive(MemberStanding founder, WorkingGroup group)
        => new(
            ByStanding(founder, Codes.FounderMembershipSuspended, Codes.FounderMembershipNotStarted, Codes.FounderMembershipEnded, Codes.FounderNeverAMember),
            FounderText(founder, group));

    internal static Reason TooFewFounders(WorkingGroupFact fact)
        => new(
            Codes.TooFewFounders,
            Text.Inv($"{GroupSubject(fact.Group)} was formed on {Text.Date(fact.Group.FormedOn)} with {Text.Count(fact.ActiveFounderCount, "organisation that was an active member", "organisations that were active members")} ")
            + $"on that date; {FormationMinimum(fact)}.");

    internal static Reason NotYetFormed(WorkingGroupFact fact)
        => new(Codes.NotYetFormed, $"The formation date {Text.Date(fact.Group.FormedOn)} is after the as-of date {Text.Date(fact.AsOf)}: the group cannot act yet.");

    internal static Reason ThematicArea(WorkingGroup group) => new(Codes.ThematicArea, $"Its thematic area is {Area(group)}.");

    internal static Reason Objective(WorkingGroupFact fact)
        => new(Codes.Objective, $"Its objective on {Text.Date(fact.AsOf)} is \"{fact.Objective}\"" + (fact.Objective.EndsWith('.') ? string.Empty : "."));

    /// One reason per transformation in effect, each naming the objective it replaced: the group's history (G5).
    internal static IEnumerable<Reason> Transformed(WorkingGroupFact fact)
    {
        var previous = fact.Group.Objective;
        foreach (var transformation in fact.Transformations)
        {
            yield return new(
                Codes.Transformed,
                $"From {Text.Date(transformation.EffectiveFrom)} the objective \"{transformation.NewObjective}\" replaced \"{previous}\" "
                + $"({Proposal(transformation)}); the group's history is kept.");
            previous = transformation.NewObjective!;
        }
    }

    internal static Reason TransformationPending(WorkingGroupProposal pending, LocalDate asOf)
        => new(
            Codes.TransformationPending,
            $"The new objective \"{pending.NewObjective}\" takes effect on {Text.Date(pending.EffectiveFrom)}, after {Text.Date(asOf)} "
            + $"({Proposal(pending)}), so it does not apply yet.");

    internal static Reason Portfolio(WorkingGroupFact fact)
        => new(
            Codes.Portfolio,
            fact.Portfolio.IsEmpty
                ? "Its portfolio has no initiatives yet."
                : $"Its portfolio: {Text.Count(fact.Portfolio.Length, "initiative", "initiatives")}, "
                    + Text.List([.. fact.Portfolio.Select(i => $"{i.Title} ({i.Id})")]) + ".");

    internal static Reason Dissolved(WorkingGroupProposal dissolution)
        => new(Codes.Dissolved, $"The group is dissolved from {Text.Date(dissolution.EffectiveFrom)} ({Proposal(dissolution)}).");

    // Quorum (WorkingGroups.BelowQuorum).

    /// A member that is not active on the as-of date, with its standing in the code.
    internal static Reason MemberNotActive(MemberStanding member, LocalDate asOf)
        => new(
            ByStanding(member, Codes.MemberMembershipSuspended, Codes.MemberMembershipNotStarted, Codes.MemberMembershipEnded, Codes.MemberNeverAMember),
            $"{Organization(member.Organization)} {MembershipReasons.Describe(member)} (as of {Text.Date(asOf)}).");

    internal static Reason BelowQuorum(WorkingGroupFact fact)
    {
        var asOf = Text.Date(fact.AsOf);
        var active = fact.Members.Where(s => s.IsActive).ToList();
        return new(
            Codes.BelowQuorum,
            Text.Inv($"{GroupSubject(fact.Group)} has {Text.Count(active.Count, "active member organisation", "active member organisations")} on {asOf}")
            + (active.Count == 0 ? string.Empty : $" ({Organizations(active)})")
            + $"; {Minimum(fact)}. It cannot initiate initiatives until it is back at the minimum.");
    }

    // The initiating group of an initiative (WorkingGroups.InitiatingGroupInactive).

    internal static Reason GroupNotYetFormed(WorkingGroupFact group)
        => new(Codes.GroupNotYetFormed, $"{Initiating(group)} is formed on {Text.Date(group.Group.FormedOn)}, after the as-of date {Text.Date(group.AsOf)}.");

    internal static Reason GroupFormationInvalid(WorkingGroupFact group)
        => new(
            Codes.GroupFormationInvalid,
            Text.Inv($"{Initiating(group)} was not validly formed: {Text.Count(group.ActiveFounderCount, "organisation was an active member", "organisations were active members")} ")
            + $"on its formation date {Text.Date(group.Group.FormedOn)}; {FormationMinimum(group)}.");

    internal static Reason GroupDissolved(WorkingGroupFact group, WorkingGroupProposal dissolution)
        => new(Codes.GroupDissolved, $"{Initiating(group)} is dissolved from {Text.Date(dissolution.EffectiveFrom)} ({Proposal(dissolution)}).");

    internal static Reason GroupBelowQuorum(WorkingGroupFact group)
    {
        var lapsed = group.Members.Where(s => !s.IsActive).Select(s => $"{s.Organization.Id}, which {MembershipReasons.Describe(s)}");
        return new(
            Codes.GroupBelowQuorum,
            Text.Inv($"{Initiating(group)} has {Text.Count(group.ActiveMemberCount, "active member organisation", "active member organisations")} on {Text.Date(group.AsOf)}, ")
            + $"below the minimum: {Minimum(group)} (lapsed: {string.Join("; ", lapsed)}).");
    }

    // Proposals (WorkingGroups.ValidProposal, WorkingGroups.InvalidProposal).

    internal static Reason ProposedByMembers(WorkingGroupProposalFact fact)
    {
        var one = fact.Proposers.Length == 1;
        return new(
            Codes.ProposedByMembers,
            $"Proposed on {Text.Date(fact.Proposal.ProposedOn)} by {Organizations(fact.Proposers.Select(p => p.Standing))}, "
            + $"{(one ? "a member" : "members")} of {Group(fact.Group)} and active member{(one ? string.Empty : "s")} of CLEMS on that date.");
    }

    /// What an approved proposal does from its effective date: dissolve the group, or give it a new objective.
    internal static Reason Effect(WorkingGroupProposalFact fact)
    {
        var proposal = fact.Proposal;
        var effective = Text.Date(proposal.EffectiveFrom);
        return proposal.Kind == WorkingGroupProposalKind.Dissolve
            ? new(Codes.Dissolution, $"It dissolves {Group(fact.Group)} from {effective}.")
            : new(Codes.Transformation, $"It gives {Group(fact.Group)} the new objective \"{proposal.NewObjective}\" from {effective}; the group and its history are kept.");
    }

    internal static Reason ProposerNotInGroup(WorkingGroupProposalFact fact, WorkingGroupProposalFact.Proposer proposer)
        => new(
            Codes.ProposerNotInGroup,
            $"{Organization(proposer.Standing.Organization)} is not a member of {Group(fact.Group)} "
            + $"(members: {Text.List([.. fact.Group.Members.Order().Select(m => m.Value)])}); only the group's members may propose to dissolve or transform it.");

    /// A proposer that is not an active member on the proposal date, with its standing in the code.
    internal static Reason ProposerNotActive(WorkingGroupProposalFact fact, WorkingGroupProposalFact.Proposer proposer)
        => new(
            ByStanding(proposer.Standing, Codes.ProposerMembershipSuspended, Codes.ProposerMembershipNotStarted, Codes.ProposerMembershipEnded, Codes.ProposerNeverAMember),
            $"{Organization(proposer.Standing.Organization)} {MembershipReasons.Describe(proposer.Standing)} (on the proposal date {Text.Date(fact.Proposal.ProposedOn)}); only active members may propose.");

    // Phrases.

    private static string FounderText(MemberStanding founder, WorkingGroup group)
        => $"{Organization(founder.Organization)} {MembershipReasons.Describe(founder)} (on the formation date {Text.Date(group.FormedOn)}), so it does not count towards founding the group.";

    /// The code of a standing that is not active (G10's kinds under another clause's name).
    private static string ByStanding(MemberStanding standing, string suspended, string notStarted, string ended, string neverMember) => standing.Kind switch
    {
        StandingKind.Suspended => suspended,
        StandingKind.NotYetStarted => notStarted,
        StandingKind.Ended => ended,
        StandingKind.NeverMember => neverMember,
        _ => throw new ArgumentException($"{standing.Organization.Id} is an active member; only a standing that is not active has a reason code here.", nameof(standing)),
    };

    private static string Group(WorkingGroup group) => $"working group {group.Name} ({group.Id})";

    /// The group at the start of a sentence.
    private static string GroupSubject(WorkingGroup group) => $"Working group {group.Name} ({group.Id})";

    private static string Initiating(WorkingGroupFact group) => "The initiating " + Group(group.Group);

    private static string Organization(Organization organization) => $"{organization.Name} ({organization.Id})";

    private static string Organizations(IEnumerable<MemberStanding> standings)
        => Text.List([.. standings.Select(s => s.Organization.Id.Value)]);

    /// G6: the area's code and its meaning; W9 with its label.
    private static string Area(WorkingGroup group) => group.Area switch
    {
        WorkingGroups.ThematicArea.W1WaterAndWastewater => "W1 (water and wastewater treatment systems)",
        WorkingGroups.ThematicArea.W2Sludge => "W2 (sludge treatment and recovery)",
        WorkingGroups.ThematicArea.W3CircularEconomy => "W3 (recyclable materials and waste in a circular economy)",
        WorkingGroups.ThematicArea.W4SoilRemediation => "W4 (remediation of degraded or contaminated soils and polluted sites)",
        WorkingGroups.ThematicArea.W5EcoMaterials => "W5 (eco-materials with controlled properties for urban comfort)",
        WorkingGroups.ThematicArea.W6Energy => "W6 (alternative energy and urban energy efficiency)",
        WorkingGroups.ThematicArea.W7Monitoring => "W7 (intelligent environmental monitoring and assessment)",
        WorkingGroups.ThematicArea.W8DisasterManagement => "W8 (disaster management)",
        _ => $"W9 (other areas of interest to members): {group.AreaLabel}",
    };

    /// "framework 2020.1 (in force on the formation date) requires at least 3", the formation's yardstick (G4).
    private static string FormationMinimum(WorkingGroupFact fact)
        => fact.FormationFrameworkAssumed
            ? Text.Inv($"framework {fact.FormationFramework.Id} (none was in force on the formation date) requires at least {fact.FormationMinimum}")
            : Text.Inv($"framework {fact.FormationFramework.Id} (in force on the formation date) requires at least {fact.FormationMinimum}");

    /// "framework 2026.1 requires at least 4", the quorum on the as-of date (G4).
    private static string Minimum(WorkingGroupFact fact) => Text.Inv($"framework {fact.Framework.Id} requires at least {fact.Minimum}");

    private static string Proposal(WorkingGroupProposal proposal)
        => $"proposal {proposal.Id} of {Text.Date(proposal.ProposedOn)} by {Text.List([.. proposal.ProposedBy.Order().Select(o => o.Value)])}";
}
