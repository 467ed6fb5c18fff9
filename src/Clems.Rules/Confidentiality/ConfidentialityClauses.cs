using Clems.Rules.Initiatives;
using NodaTime;

namespace Clems.Rules.Confidentiality;

/// G3, "intellectual property and business related information are protected by confidentiality agreements, signed by
/// all parties prior to involvement in the initiatives": the test a participant of a confidential initiative passes.
internal static class ConfidentialityClauses
{
    /// G3: the participant signed the initiative's agreement, its involvement start is known, and the signature is in
    /// time for it; an unknown start cannot be shown to follow the signature.
    internal static bool SignedBeforeInvolvement(ConfidentialityAgreement? agreement, Participant participant)
        => agreement is not null && participant.InvolvedFrom is { } from && SignedInTime(agreement.SignedAt, from);

    /// G3, "prior to involvement": a signature at or before the instant the involvement starts is in time, one at
    /// exactly that instant included.
    internal static bool SignedInTime(Instant signedAt, Instant involvedFrom) => signedAt <= involvedFrom;
}
