using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Engine;

internal static partial class FactProjection
{
    /// G2, G4, G5, G6: one fact per proposal (proposers' standings on the proposal date), one per group (founders'
    /// standings on the formation date, members' on the as-of date, portfolio, valid transformations and dissolution),
    /// and one per initiative initiated by a group (the initiative with its group's state). Linear in the snapshot.
    private static void ProjectWorkingGroups(ProjectionScope scope)
    {
        var terms = scope.Snapshot.Memberships.ToLookup(t => t.Organization);
        MemberStanding StandingOn(OrganizationId id, LocalDate date)
            => date == scope.Context.AsOf ? scope.Standings[id] : MemberStanding.Resolve(scope.Standings[id].Organization, [.. terms[id]], date);

        var proposalsByGroup = new Dictionary<WorkingGroupId, List<WorkingGroupProposalFact>>();
        foreach (var proposal in scope.Snapshot.WorkingGroupProposals.OrderBy(p => p.Id))
        {
            var group = scope.Groups[proposal.Group];
            var members = group.Members.ToHashSet();
            var fact = new WorkingGroupProposalFact
            {
                Proposal = proposal,
                Group = group,
                Subject = new DecisionSubject(SubjectKind.WorkingGroupProposal, proposal.Id.Value),
                Proposers = [.. proposal.ProposedBy.Order().Select(o => new WorkingGroupProposalFact.Proposer(StandingOn(o, proposal.ProposedOn), members.Contains(o)))],
            };
            scope.Facts.Add(fact);
            if (!proposalsByGroup.TryGetValue(group.Id, out var list))
            {
                proposalsByGroup[group.Id] = list = [];
            }

            list.Add(fact);
        }

        var portfolios = scope.Initiatives.Values
            .Where(i => i.InitiatorGroup is not null)
            .ToLookup(i => i.InitiatorGroup!.Id);
        var asOf = scope.Context.AsOf;
        foreach (var group in scope.Snapshot.WorkingGroups.OrderBy(g => g.Id))
        {
            // G5: only valid proposals change the group; ties on the effective date go by proposal id.
            var valid = proposalsByGroup.GetValueOrDefault(group.Id, [])
                .Where(p => p.IsValid)
                .Select(p => p.Proposal)
                .OrderBy(p => p.EffectiveFrom)
                .ThenBy(p => p.Id)
                .ToList();
            // G4: a formation is judged by the framework in force on the formation date (the as-of one if none was).
            var formationFramework = SnapshotValidator.SelectFramework(scope.Snapshot.Frameworks, group.FormedOn).InForce;
            var transformations = valid.Where(p => p.Kind == WorkingGroupProposalKind.Transform).ToList();
            var fact = new WorkingGroupFact
            {
                Group = group,
                Subject = new DecisionSubject(SubjectKind.WorkingGroup, group.Id.Value),
                AsOf = asOf,
                Framework = scope.Context.Framework,
                FormationFramework = formationFramework ?? scope.Context.Framework,
                FormationFrameworkAssumed = formationFramework is null,
                Founders = [.. group.Members.Order().Select(m => StandingOn(m, group.FormedOn))],
                Members = [.. group.Members.Order().Select(m => scope.Standings[m])],
                Portfolio = [.. portfolios[group.Id].Select(i => i.Initiative).OrderBy(i => i.Id)],
                Transformations = [.. transformations.Where(p => p.EffectiveFrom <= asOf)],
                PendingTransformations = [.. transformations.Where(p => p.EffectiveFrom > asOf)],
                Dissolution = valid.FirstOrDefault(p => p.Kind == WorkingGroupProposalKind.Dissolve && p.EffectiveFrom <= asOf),
            };
            scope.WorkingGroupFacts[group.Id] = fact;
            scope.Facts.Add(fact);
        }

        foreach (var initiative in scope.Initiatives.Values.Where(i => i.InitiatorGroup is not null).OrderBy(i => i.Initiative.Id))
        {
            scope.Facts.Add(new GroupInitiativeFact { Initiative = initiative, Group = scope.WorkingGroupFacts[initiative.InitiatorGroup!.Id] });
        }
    }
}
