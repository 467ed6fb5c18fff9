using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NRules;

namespace Clems.Rules.Initiatives;

/// Initiatives, from ideas to runnable projects (G9, G10, G11, G14): references that resolve, one currency per budget;
/// one fact per initiative with its initiator, proposer, budget and funding resolved, one party fact per organisation
/// involved, one fact per integrated project.
internal sealed class InitiativesArea : GovernanceArea
{
    /// <c>$.initiatives</c>.
    internal static readonly IdentifiedArray InitiativeIds = IdentifiedArray.Of("initiative", "$.initiatives", s => s.Initiatives, i => i.Id.Value);

    /// Each initiative's fact, with the finding the first firing's rules mark.
    internal static readonly AreaProduct<Dictionary<InitiativeId, InitiativeFact>> Initiatives = new("Initiatives.Initiatives");

    /// The initiatives no rule of the first firing stopped: exactly those <c>Initiatives.Runnable</c> decided on.
    internal static readonly AreaProduct<HashSet<InitiativeId>> Runnable = new("Initiatives.Runnable");

    internal override string Name => "Initiatives";

    internal override ImmutableArray<IdentifiedArray> Identities => [InitiativeIds];

    internal override ImmutableArray<AreaProduct> Produces => [Initiatives, Runnable];

    internal override ImmutableArray<AreaProduct> Consumes => [MembershipArea.RepresentativeIds, MembershipArea.Standings, MembershipArea.Representatives];

    internal override void Validate(ValidationScope scope)
    {
        var representatives = scope.Get(MembershipArea.RepresentativeIds);
        for (var i = 0; i < scope.Snapshot.Initiatives.Length; i++)
        {
            var initiative = scope.Snapshot.Initiatives[i];
            var at = new ItemPath("$.initiatives", i);
            if (initiative.Initiator?.Member is { } member)
            {
                scope.CheckReference(MembershipArea.Organizations, member.Value, at.Then(".initiator.member"));
            }

            if (initiative.Initiator?.WorkingGroup is { } group)
            {
                scope.CheckReference(WorkingGroupsArea.Groups, group.Value, at.Then(".initiator.workingGroup"));
            }

            if (initiative.ProposedBy is { } rep && !representatives.ContainsKey(rep.Value))
            {
                scope.AddDangling(at.Then(".proposedBy"), "representative", rep.Value, "the representatives of $.organizations");
            }

            scope.CheckReferences(MembershipArea.Organizations, initiative.Beneficiaries, b => b.Value, k => at.Then(".beneficiaries", k));
            scope.CheckReferences(MembershipArea.Organizations, initiative.Participants, p => p.Organization.Value, k => at.Then(".participants", k).Then(".organization"));
            if (!initiative.Budget.IsEmpty)
            {
                var currency = initiative.Budget[0].Amount.Currency;
                for (var k = 1; k < initiative.Budget.Length; k++)
                {
                    if (initiative.Budget[k].Amount.Currency != currency)
                    {
                        scope.Add(
                            at.Then(".budget", k).Then(".amount.currency"),
                            InitiativesProblems.MixedBudgetCurrencies,
                            $"A budget is in one currency: this line is in {initiative.Budget[k].Amount.Currency} while the first line is in {currency}. Convert the line to {currency}.");
                    }
                }
            }

            for (var k = 0; k < initiative.Funding.Length; k++)
            {
                if (initiative.Funding[k].Contributor is { } contributor)
                {
                    scope.CheckReference(MembershipArea.Organizations, contributor.Value, at.Then(".funding", k).Then(".contributor"));
                }
            }
        }
    }

    internal override void Project(ProjectionScope scope)
    {
        var standings = scope.Get(MembershipArea.Standings);
        var representatives = scope.Get(MembershipArea.Representatives);
        var groups = scope.Snapshot.WorkingGroups.ToDictionary(g => g.Id);
        var initiatives = new Dictionary<InitiativeId, InitiativeFact>();
        foreach (var initiative in scope.Snapshot.Initiatives.OrderBy(i => i.Id))
        {
            var fact = ProjectInitiative(initiative, standings, groups, representatives);
            initiatives[initiative.Id] = fact;
            scope.Facts.Add(fact);
            scope.Facts.Add(fact.Finding);
            scope.Facts.AddRange(Parties(fact, standings));
        }

        // G14: an integrated project's direct beneficiaries are members.
        foreach (var fact in initiatives.Values.Where(f => f.Initiative.Kind == InitiativeKind.IntegratedProject).OrderBy(f => f.Initiative.Id))
        {
            scope.Facts.Add(new IntegratedProjectFact
            {
                Initiative = fact,
                Beneficiaries = [.. fact.Initiative.Beneficiaries.Order().Select(b => standings[b])],
            });
        }

        scope.Publish(Initiatives, initiatives);
    }

    internal override void FollowFirstFiring(ProjectionScope scope, ISession session)
        => scope.Publish(Runnable, [.. scope.Get(Initiatives).Values.Where(i => !i.Finding.Stopped).Select(i => i.Initiative.Id)]);

    private static InitiativeFact ProjectInitiative(
        Initiative initiative,
        Dictionary<OrganizationId, MemberStanding> standings,
        Dictionary<WorkingGroupId, WorkingGroup> groups,
        Dictionary<RepresentativeId, (Representative Representative, Organization Organization)> representatives)
    {
        var initiatorOrganization = initiative.Initiator?.Member is { } member ? standings[member].Organization : null;
        var initiatorGroup = initiative.Initiator?.WorkingGroup is { } groupId ? groups[groupId] : null;
        var actsFor = initiatorGroup is not null
            ? initiatorGroup.Members.ToImmutableHashSet()
            : initiatorOrganization is not null ? [initiatorOrganization.Id] : ImmutableHashSet<OrganizationId>.Empty;
        var proposer = initiative.ProposedBy is { } rep ? representatives[rep] : default;

        Money? budget = null;
        Money? funded = null;
        var otherCurrencies = ImmutableArray<Money>.Empty;
        if (!initiative.Budget.IsEmpty)
        {
            var currency = initiative.Budget[0].Amount.Currency;
            budget = initiative.Budget.Aggregate(Money.Zero(currency), (sum, line) => sum.Add(line.Amount));
            funded = initiative.Funding
                .Where(f => f.Amount.Currency == currency)
                .Aggregate(Money.Zero(currency), (sum, f) => sum.Add(f.Amount));
            otherCurrencies = [.. initiative.Funding
                .Where(f => f.Amount.Currency != currency)
                .GroupBy(f => f.Amount.Currency)
                .OrderBy(g => g.Key)
                .Select(g => g.Aggregate(Money.Zero(g.Key), (sum, f) => sum.Add(f.Amount)))];
        }

        return new InitiativeFact
        {
            Initiative = initiative,
            Subject = DecisionSubject.Initiative(initiative.Id),
            InitiatorOrganization = initiatorOrganization,
            InitiatorGroup = initiatorGroup,
            InitiatorOrganizations = actsFor,
            Representative = proposer.Representative,
            RepresentativeOrganization = proposer.Organization,
            BudgetTotal = budget,
            FundingInBudgetCurrency = funded,
            FundingInOtherCurrencies = otherCurrencies,
            PartyCount = PartyRolesOf(initiative, proposer.Organization?.Id).Count,
        };
    }

    private static IEnumerable<InitiativeParty> Parties(InitiativeFact fact, Dictionary<OrganizationId, MemberStanding> standings)
        => PartyRolesOf(fact.Initiative, fact.RepresentativeOrganization?.Id)
            .OrderBy(p => p.Key)
            .Select(p => new InitiativeParty { Initiative = fact, Standing = standings[p.Key], Roles = p.Value });

    /// Every organisation involved in the initiative with all the roles it plays (one party fact per organisation).
    private static Dictionary<OrganizationId, PartyRoles> PartyRolesOf(Initiative initiative, OrganizationId? proposer)
    {
        var roles = new Dictionary<OrganizationId, PartyRoles>();
        void Add(OrganizationId id, PartyRoles role) => roles[id] = roles.GetValueOrDefault(id) | role;
        if (initiative.Initiator?.Member is { } member)
        {
            Add(member, PartyRoles.Initiator);
        }

        // G10: the proposer must be an active member too; for a member's own initiative it is the initiator already.
        if (proposer is { } organization && organization != initiative.Initiator?.Member)
        {
            Add(organization, PartyRoles.Proposer);
        }

        foreach (var beneficiary in initiative.Beneficiaries)
        {
            Add(beneficiary, PartyRoles.Beneficiary);
        }

        foreach (var participant in initiative.Participants)
        {
            Add(participant.Organization, PartyRoles.Participant);
        }

        return roles;
    }
}
