using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Initiatives;

/// An initiative as the rules see it: references resolved to the objects they name, and the budget and funding
/// totals computed once, so that rules use alpha conditions only (design.md, "NRules at scale").
internal sealed class InitiativeFact : IFactSource
{
    public InitiativeFact() => Finding = new InitiativeFinding(this);

    public required Initiative Initiative { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// Whether a rule found a gap in this initiative (set by the projection, marked by the gap-finding rules).
    public InitiativeFinding Finding { get; }

    /// The initiating organisation when a member initiates; null otherwise.
    public Organization? InitiatorOrganization { get; init; }

    /// The initiating group when a working group initiates; null otherwise.
    public WorkingGroup? InitiatorGroup { get; init; }

    /// The organisations a proposing representative may act for: the initiating member, or the group's members (G9).
    public required ImmutableHashSet<OrganizationId> InitiatorOrganizations { get; init; }

    public Representative? Representative { get; init; }

    /// The organisation the proposing representative acts for.
    public Organization? RepresentativeOrganization { get; init; }

    /// The budget's total in its currency; null when the budget has no lines.
    public Money? BudgetTotal { get; init; }

    /// The funding in the budget's currency; zero in that currency when none.
    public Money? FundingInBudgetCurrency { get; init; }

    /// Funding declared in other currencies than the budget's, which G11 cannot count without a rate.
    public required ImmutableArray<Money> FundingInOtherCurrencies { get; init; }

    public required int PartyCount { get; init; }

    public IEnumerable<FactReference> References
    {
        get { yield return new FactReference(FactKind.Initiative, Initiative.Id.Value); }
    }
}
