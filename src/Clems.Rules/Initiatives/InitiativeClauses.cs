using System.Linq;

namespace Clems.Rules.Initiatives;

/// The tests of G9, G11 and G14 on an initiative, each named for what its clause asks; the rules' conditions and
/// their reasons both call them. (G10's test is the party's standing: <c>p.Standing.IsActive</c>.)
internal static class InitiativeClauses
{
    /// G9: "activities are initiated … by the member organisations": a member or a working group initiates it.
    internal static bool HasInitiator(InitiativeFact i) => i.Initiative.Initiator is not null;

    /// G9: "… through their representatives": a named representative proposes it.
    internal static bool HasRepresentative(InitiativeFact i) => i.Representative is not null;

    /// G9: the proposing representative acts for the initiating member, or for a member of the initiating working group.
    internal static bool RepresentativeActsForInitiator(InitiativeFact i)
        => i.RepresentativeOrganization is { } organization && i.InitiatorOrganizations.Contains(organization.Id);

    /// G11: "a clear action plan": at least one activity with its dates.
    internal static bool HasActionPlan(InitiativeFact i) => !i.Initiative.Activities.IsEmpty;

    /// G11: "… including budget": budget lines whose total is more than zero.
    internal static bool HasBudget(InitiativeFact i) => i.BudgetTotal is { Amount: > 0m };

    /// G11: "… which identifies the way in which resources are mobilised": the funding in the budget's currency covers
    /// the budget (equal covers it; funding in another currency does not count without a rate).
    internal static bool FundingCoversBudget(InitiativeFact i)
        => i.BudgetTotal is { } budget && i.FundingInBudgetCurrency is { } funded && funded.Amount >= budget.Amount;

    /// G14: an integrated project's direct beneficiaries are members — at least one of them is an active member.
    internal static bool HasMemberBeneficiary(IntegratedProjectFact p) => p.Beneficiaries.Any(b => b.IsActive);
}
