using Clems.Rules.Membership;

namespace Clems.Rules.Allocation;

/// The tests of G3, G8, G10 and G16 that decide who takes part in a project's allocation and whether the project's
/// internal competition may decide, each named for what its clause asks.
internal static class AllocationClauses
{
    /// G16 (a): only interested, eligible members take part. An interest is eligible when its project is runnable, its
    /// member is active, it meets the project's preparation requirement (G8) and its confidentiality agreement (G3).
    internal static bool IsEligible(InterestFact interest)
        => ProjectRunnable(interest)
            && ActiveMember(interest)
            && MeetsPreparationRequirement(interest)
            && MeetsConfidentialityRequirement(interest);

    /// G11, G16: a project whose initiative is not runnable allocates no places.
    internal static bool ProjectRunnable(InterestFact interest) => interest.Project.Runnable;

    /// G10: CLEMS runs projects for its members; only an active member on the as-of date takes a place.
    internal static bool ActiveMember(InterestFact interest) => interest.Standing.Kind == StandingKind.Active;

    /// G8: a project may require resources committed in the preparation phase; then only those who committed take part.
    internal static bool MeetsPreparationRequirement(InterestFact interest)
        => !interest.Project.Places.RequiresPreparationCommitment || interest.PreparationCommitted;

    /// G3: a confidential project's participants sign its agreement before their involvement.
    internal static bool MeetsConfidentialityRequirement(InterestFact interest)
        => !LacksConfidentialityAgreement(interest) && !BlockedAsParticipant(interest);

    /// G3: the project is confidential and the member has not signed its agreement.
    internal static bool LacksConfidentialityAgreement(InterestFact interest)
        => interest.ConfidentialityRequired && !interest.SignedAgreement;

    /// G3: the project is confidential, the member signed its agreement, and as a participant it is blocked under G3
    /// (it signed after its involvement started, or that start is unknown).
    internal static bool BlockedAsParticipant(InterestFact interest)
        => interest.ConfidentialityRequired && interest.SignedAgreement && interest.BlockedUnderConfidentiality;

    /// G16 (c): the internal competition decides when the project's potential resources are fewer than the interests
    /// shown — more eligible interests than places.
    internal static bool Oversubscribed(ProjectDemand demand) => demand.Eligible.Length > demand.Project.Places.Places;

    /// G16 (c): the competition's rules are set together by the potential participants — every eligible interested
    /// member agreed to them strictly before the freeze.
    internal static bool RulesAgreedByEveryParticipant(ProjectDemand demand)
    {
        if (demand.Project.Places.Competition is null)
        {
            return false;
        }

        foreach (var interest in demand.Eligible)
        {
            if (!AgreedBeforeFreeze(demand.Project, interest))
            {
                return false;
            }
        }

        return true;
    }

    /// G16 (c): the interest's member agreed to the project's competition rules strictly before the freeze.
    internal static bool AgreedBeforeFreeze(ProjectFact project, InterestFact interest)
        => project.AgreedBeforeFreeze.Contains(interest.Interest.Member);
}
