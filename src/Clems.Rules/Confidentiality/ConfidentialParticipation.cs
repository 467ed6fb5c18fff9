using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Confidentiality;

/// One participant of a confidential initiative with its signature of that initiative's agreement resolved (G3):
/// one fact per (confidential initiative, participant), so that the G3 rules are alpha tests and never join
/// participants to agreements on ids. The test is <see cref="ConfidentialityClauses.SignedBeforeInvolvement"/>; other
/// areas (allocation) read it as <see cref="IsBlocked"/> through <see cref="ConfidentialityArea.Participations"/>.
internal sealed class ConfidentialParticipation : IFactSource
{
    public required InitiativeFact Initiative { get; init; }

    public required Organization Organization { get; init; }

    public required Participant Participant { get; init; }

    /// The participant's signature of the initiative's agreement; null when it has not signed.
    public ConfidentialityAgreement? Agreement { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// G3: blocked unless it signed at or before the instant its involvement starts (an unknown start cannot be checked).
    public bool IsBlocked => !ConfidentialityClauses.SignedBeforeInvolvement(Agreement, Participant);

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.Initiative, Initiative.Initiative.Id.Value);
            yield return new FactReference(FactKind.Organization, Organization.Id.Value);
            if (Agreement is not null)
            {
                yield return new FactReference(FactKind.ConfidentialityAgreement, Subject.Id);
            }
        }
    }
}
