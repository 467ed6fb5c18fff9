using System;

namespace Clems.Rules.Initiatives;

/// The roles an organisation plays in one initiative (G10 looks at all three).
[Flags]
internal enum PartyRoles
{
    None = 0,
    Initiator = 1,
    Beneficiary = 2,
    Participant = 4,
}
