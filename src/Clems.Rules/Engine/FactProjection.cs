using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

/// Turns a validated snapshot into the facts the rules match: references resolved to objects, the as-of date applied
/// (each organisation's standing computed once), inputs ordered by id so that the result never depends on input order.
/// Linear in the size of the snapshot: no rule has to join facts on ids (design.md, "NRules at scale").
/// Each governance area projects its own facts in a partial file (<c>FactProjection.Area.cs</c>) from the shared
/// <see cref="ProjectionScope"/>, and <see cref="Project"/> calls it with one line, in a fixed order.
internal static partial class FactProjection
{
    internal static List<object> Project(ClusterSnapshot snapshot, EvaluationContext context) => ProjectScope(snapshot, context).Facts;

    /// Projects the facts of the first firing (everything but allocation, which needs the runnable initiatives first).
    internal static ProjectionScope ProjectScope(ClusterSnapshot snapshot, EvaluationContext context)
    {
        var scope = new ProjectionScope(snapshot, context);
        scope.Facts.Add(context);
        ProjectInitiatives(scope);
        ProjectExec(scope);
        ProjectWorkingGroups(scope);
        ProjectConfidentiality(scope);
        ProjectServices(scope);
        ProjectTenders(scope);
        return scope;
    }

    private static void ProjectInitiatives(ProjectionScope scope)
    {
        foreach (var initiative in scope.Snapshot.Initiatives.OrderBy(i => i.Id))
        {
            var fact = ProjectInitiative(initiative, scope.Standings, scope.Groups, scope.Representatives);
            scope.Initiatives[initiative.Id] = fact;
            scope.Facts.Add(fact);
            scope.Facts.Add(fact.Finding);
            scope.Facts.AddRange(Parties(fact, scope.Standings));
        }
    }

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
            Subject = new DecisionSubject(SubjectKind.Initiative, initiative.Id.Value),
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
