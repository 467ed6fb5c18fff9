using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.WorkingGroups;

/// Working groups and the proposals to dissolve or transform them (G2, G4, G5, G6): one fact per proposal (proposers'
/// standings on the proposal date), one per group (founders' standings on the formation date, members' on the as-of
/// date, portfolio, valid transformations and dissolution), and one per initiative a group initiated.
internal sealed class WorkingGroupsArea : GovernanceArea
{
    /// <c>$.workingGroups</c>.
    internal static readonly IdentifiedArray Groups = IdentifiedArray.Of("working group", "$.workingGroups", s => s.WorkingGroups, g => g.Id.Value);

    /// <c>$.workingGroupProposals</c>.
    internal static readonly IdentifiedArray Proposals = IdentifiedArray.Of("working group proposal", "$.workingGroupProposals", s => s.WorkingGroupProposals, p => p.Id.Value);

    internal override string Name => "WorkingGroups";

    internal override ImmutableArray<IdentifiedArray> Identities => [Groups, Proposals];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.Standings, MembershipArea.StandingsOn, InitiativesArea.Initiatives];

    internal override void Validate(ValidationScope scope)
    {
        var snapshot = scope.Snapshot;
        for (var i = 0; i < snapshot.WorkingGroups.Length; i++)
        {
            var at = new ItemPath("$.workingGroups", i);
            scope.CheckReferences(MembershipArea.Organizations, snapshot.WorkingGroups[i].Members, o => o.Value, k => at.Then(".members", k));
        }

        var proposals = snapshot.WorkingGroupProposals;
        for (var i = 0; i < proposals.Length; i++)
        {
            var proposal = proposals[i];
            var at = new ItemPath("$.workingGroupProposals", i);
            scope.CheckReferences(MembershipArea.Organizations, proposal.ProposedBy, o => o.Value, k => at.Then(".proposedBy", k));
            var index = scope.FindReference(Groups, proposal.Group.Value, at.Then(".group"));
            if (index < 0)
            {
                continue;
            }

            var group = snapshot.WorkingGroups[index];
            if (proposal.ProposedOn < group.FormedOn)
            {
                scope.Add(
                    at.Then(".proposedOn"),
                    WorkingGroupsProblems.ProposalBeforeFormation,
                    $"The proposal is dated {Text.Date(proposal.ProposedOn)}, before working group '{group.Id}' was formed on "
                    + $"{Text.Date(group.FormedOn)}; a group can be dissolved or transformed only after its formation. Fix the date or the group.");
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var initiatives = scope.Get(InitiativesArea.Initiatives);
        var standingsOn = scope.Get(MembershipArea.StandingsOn);

        var groups = scope.Snapshot.WorkingGroups.ToDictionary(g => g.Id);
        var proposalsByGroup = new Dictionary<WorkingGroupId, List<WorkingGroupProposalFact>>();
        foreach (var proposal in scope.Snapshot.WorkingGroupProposals.OrderBy(p => p.Id))
        {
            var group = groups[proposal.Group];
            var members = group.Members.ToHashSet();
            var fact = new WorkingGroupProposalFact
            {
                Proposal = proposal,
                Group = group,
                Subject = DecisionSubject.WorkingGroupProposal(proposal.Id),
                Proposers = [.. proposal.ProposedBy.Order().Select(o => new WorkingGroupProposalFact.Proposer(standingsOn.On(o, proposal.ProposedOn), members.Contains(o)))],
            };
            scope.Facts.Add(fact);
            if (!proposalsByGroup.TryGetValue(group.Id, out var list))
            {
                proposalsByGroup[group.Id] = list = [];
            }

            list.Add(fact);
        }

        var portfolios = initiatives.Values
            .Where(i => i.InitiatorGroup is not null)
            .ToLookup(i => i.InitiatorGroup!.Id);
        var asOf = scope.Context.AsOf;
        var groupFacts = new Dictionary<WorkingGroupId, WorkingGroupFact>();
        foreach (var group in scope.Snapshot.WorkingGroups.OrderBy(g => g.Id))
        {
            // G5: only valid proposals change the group; ties on the effective date go by proposal id.
            var valid = proposalsByGroup.GetValueOrDefault(group.Id, [])
                .Where(WorkingGroupClauses.ProposedByMembers)
                .Select(p => p.Proposal)
                .OrderBy(p => p.EffectiveFrom)
                .ThenBy(p => p.Id)
                .ToList();
            // G4: a formation is judged by the framework in force on the formation date (the as-of one if none was).
            var formationFramework = FrameworkArea.InForceOn(scope.Snapshot.Frameworks, group.FormedOn).InForce;
            var transformations = valid.Where(p => p.Kind == WorkingGroupProposalKind.Transform).ToList();
            var fact = new WorkingGroupFact
            {
                Group = group,
                Subject = DecisionSubject.WorkingGroup(group.Id),
                AsOf = asOf,
                Framework = scope.Context.Framework,
                FormationFramework = formationFramework ?? scope.Context.Framework,
                FormationFrameworkAssumed = formationFramework is null,
                Founders = [.. group.Members.Order().Select(m => standingsOn.On(m, group.FormedOn))],
                Members = [.. group.Members.Order().Select(m => standings[m])],
                Portfolio = [.. portfolios[group.Id].Select(i => i.Initiative).OrderBy(i => i.Id)],
                Transformations = [.. transformations.Where(p => p.EffectiveFrom <= asOf)],
                PendingTransformations = [.. transformations.Where(p => p.EffectiveFrom > asOf)],
                Dissolution = valid.FirstOrDefault(p => p.Kind == WorkingGroupProposalKind.Dissolve && p.EffectiveFrom <= asOf),
            };
            groupFacts[group.Id] = fact;
            scope.Facts.Add(fact);
        }

        foreach (var initiative in initiatives.Values.Where(i => i.InitiatorGroup is not null).OrderBy(i => i.Initiative.Id))
        {
            scope.Facts.Add(new GroupInitiativeFact { Initiative = initiative, Group = groupFacts[initiative.InitiatorGroup!.Id] });
        }
    }
}
