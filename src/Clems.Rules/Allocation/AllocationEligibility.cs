using Clems.Rules.Membership;

namespace Clems.Rules.Allocation;

/// The eligibility test the allocation rules apply to each interest of a project (G3, G8, G10, G16): its project is
/// runnable, its member is an active member, it made a preparation-phase commitment where the project requires one,
/// and it signed the confidentiality agreement of a confidential project without being blocked under G3.
internal static class AllocationEligibility
{
    internal static bool IsEligible(InterestFact i)
        => i.Project.Runnable
            && i.Standing.Kind == StandingKind.Active
            && (!i.Project.Places.RequiresPreparationCommitment || i.PreparationCommitted)
            && (!i.ConfidentialityRequired || (i.SignedAgreement && !i.BlockedUnderConfidentiality));
}
