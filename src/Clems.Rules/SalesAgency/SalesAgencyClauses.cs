using System.Linq;

namespace Clems.Rules.SalesAgency;

/// The tests of G13 — "CLEMS does not act as a sales agent for members, except … where the project/product/service
/// is initiated and funded by some members" — each named for what the clause asks; the rules' conditions and their
/// reasons both call them.
internal static class SalesAgencyClauses
{
    /// G13: "initiated … by some members": at least one initiator, and every initiator an active member.
    internal static bool InitiatedByMembers(SalesAgencyRequestFact r) => !r.Initiators.IsEmpty && r.Initiators.All(i => i.IsActive);

    /// G13: "… and funded by some members": at least one funder counts (<see cref="FundsTheItem"/>).
    internal static bool FundedByMembers(SalesAgencyRequestFact r) => r.Funders.Any(FundsTheItem);

    /// G13: a funder counts when it is an active member; a member contribution of zero funds nothing.
    internal static bool FundsTheItem(SalesAgencyFunder f) => f.Standing.IsActive && f.Contribution is not { Amount: 0m };
}
