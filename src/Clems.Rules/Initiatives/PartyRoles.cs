using System;

namespace Clems.Rules.Initiatives;

/// The roles an organisation plays in one initiative (G10 looks at all of them).
[Flags]
internal enum PartyRoles
{
    None = 0,
    Initiator = 1,
    Beneficiary = 2,
    Participant = 4,

    /// The organisation of the proposing representative, when it is not the initiating member (e.g. for a working group).
    Proposer = 8,
}
