using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Initiatives;

/// The reason codes and sentences of the initiative rules (G9, G10, G11, G14).
internal static class InitiativesReasons
{
    /// Every reason code the Initiatives area emits.
    internal static class Codes
    {
        internal const string NoInitiator = "G9.no-initiator";
        internal const string NoRepresentative = "G9.no-representative";
        internal const string RepresentativeNotOfInitiator = "G9.representative-not-of-initiator";
        internal const string InitiatedByMember = "G9.initiated-by-member";

        /// The G10 codes of an organisation that is not an active member, as
        /// <see cref="MembershipReasons.NotActiveCode(MemberStanding)"/> writes them.
        internal const string MembershipSuspended = "G10.membership-suspended";
        internal const string MembershipNotStarted = "G10.membership-not-started";
        internal const string MembershipEnded = "G10.membership-ended";
        internal const string NeverAMember = "G10.never-a-member";
        internal const string MembersOnly = "G10.members-only";

        internal const string NoActionPlan = "G11.no-action-plan";
        internal const string NoBudget = "G11.no-budget";
        internal const string NoFunding = "G11.no-funding";
        internal const string FundingShort = "G11.funding-short";
        internal const string FundingOtherCurrency = "G11.funding-other-currency";
        internal const string ActionPlan = "G11.action-plan";
        internal const string Funded = "G11.funded";

        internal const string NoBeneficiary = "G14.no-beneficiary";
        internal const string NoMemberBeneficiary = "G14.no-member-beneficiary";
    }

    internal static Reason NoInitiator(Initiative initiative)
        => new(Codes.NoInitiator, $"Initiative {initiative.Id} names no initiating member or working group; activities are initiated by member organisations.");

    internal static Reason NoRepresentative(Initiative initiative)
        => new(Codes.NoRepresentative, $"Initiative {initiative.Id} names no representative who proposes it on behalf of its initiator.");

    /// The proposing representative acts for another organisation than the initiating member or working group's members.
    internal static Reason RepresentativeNotOfInitiator(InitiativeFact fact)
    {
        var actsFor = $"{fact.Representative!.Name} ({fact.Representative.Id}) represents {fact.RepresentativeOrganization!.Name} ({fact.RepresentativeOrganization.Id})";
        return fact.InitiatorGroup is { } group
            ? new(
                Codes.RepresentativeNotOfInitiator,
                $"{actsFor}, which is not a member of the initiating working group {group.Id} "
                + $"(members: {string.Join(", ", group.Members.Order().Select(m => m.Value))}).")
            : new(
                Codes.RepresentativeNotOfInitiator,
                $"{actsFor}, not the initiating member {fact.InitiatorOrganization!.Name} ({fact.InitiatorOrganization.Id}).");
    }

    /// G10: an organisation involved that is not an active member, with every role it plays.
    internal static Reason NotAMember(InitiativeParty party)
        => new(
            MembershipReasons.NotActiveCode(party.Standing),
            $"{party.Standing.Organization.Name} ({party.Standing.Organization.Id}), {Roles(party.Roles)}, "
            + $"{party.Standing.Describe()} (as of {Text.Date(party.Standing.AsOf)}); CLEMS runs projects for active members only.");

    internal static Reason NoActionPlan(Initiative initiative)
        => new(Codes.NoActionPlan, $"Initiative {initiative.Id} has no action plan: at least one activity with its dates is needed.");

    internal static Reason NoBudget(Initiative initiative)
        => new(Codes.NoBudget, $"Initiative {initiative.Id} has no budget with amounts: list what the money is for and how much.");

    internal static Reason NoFunding(Initiative initiative)
        => new(Codes.NoFunding, $"Initiative {initiative.Id} declares no funding source.");

    internal static Reason FundingShort(Money funded, Money budget)
        => new(Codes.FundingShort, $"Funding covers {funded} of {budget}; {new Money(budget.Amount - funded.Amount, budget.Currency)} is not covered.");

    internal static Reason FundingOtherCurrency(IEnumerable<Money> other, Money budget)
        => new(
            Codes.FundingOtherCurrency,
            $"Funding of {string.Join(", ", other.Select(m => m.ToString()))} is in another currency than the budget ({budget.Currency}) and is not counted without an exchange rate.");

    /// The reasons of a runnable initiative: what G9, G10 and G11 asked for and what the initiative has.
    internal static List<Reason> Runnable(InitiativeFact fact)
    {
        var initiative = fact.Initiative;
        var initiator = fact.InitiatorGroup is { } group
            ? $"working group {group.Name} ({group.Id})"
            : $"member {fact.InitiatorOrganization!.Name} ({fact.InitiatorOrganization.Id})";
        var activities = initiative.Activities;
        var first = activities.Min(a => a.Dates.Start);
        var last = activities.Max(a => a.Dates.End);
        return
        [
            new(
                Codes.InitiatedByMember,
                $"Initiated by {initiator} and proposed by {fact.Representative!.Name} ({fact.Representative.Id}) of {fact.RepresentativeOrganization!.Name}."),
            new(
                Codes.MembersOnly,
                fact.PartyCount == 1
                    ? "The one organisation involved is an active member of CLEMS."
                    : Text.Inv($"All {fact.PartyCount} organisations involved (initiator, beneficiaries, participants) are active members of CLEMS.")),
            new(
                Codes.ActionPlan,
                $"The action plan has {Text.Count(activities.Length, "activity", "activities")}, from {Text.Date(first)} to {Text.Date(last)}."),
            new(
                Codes.Funded,
                $"Funding of {fact.FundingInBudgetCurrency} covers the budget of {fact.BudgetTotal}."),
        ];
    }

    /// G14: an integrated project that names no beneficiary, or none that is an active member.
    internal static Reason NoMemberBeneficiary(IntegratedProjectFact project)
    {
        var initiative = project.Initiative.Initiative;
        return project.Beneficiaries.IsEmpty
            ? new Reason(
                Codes.NoBeneficiary,
                $"Integrated project {initiative.Title} ({initiative.Id}) names no direct beneficiary; an integrated project benefits members directly.")
            : new Reason(
                Codes.NoMemberBeneficiary,
                $"None of the direct beneficiaries of integrated project {initiative.Title} ({initiative.Id}) is an active member: "
                + Text.List([.. project.Beneficiaries.Select(b => $"{b.Organization.Name} ({b.Organization.Id}) {b.Describe()}")])
                + $" (as of {Text.Date(project.Beneficiaries[0].AsOf)}); an integrated project benefits members directly.");
    }

    /// The roles an organisation plays, in the order initiator, proposer, beneficiary, participant.
    private static string Roles(PartyRoles roles)
    {
        var names = new List<string>(4);
        if (roles.HasFlag(PartyRoles.Initiator))
        {
            names.Add("initiator");
        }

        if (roles.HasFlag(PartyRoles.Proposer))
        {
            names.Add("proposer");
        }

        if (roles.HasFlag(PartyRoles.Beneficiary))
        {
            names.Add("beneficiary");
        }

        if (roles.HasFlag(PartyRoles.Participant))
        {
            names.Add("participant");
        }

        return Text.List(names);
    }
}
