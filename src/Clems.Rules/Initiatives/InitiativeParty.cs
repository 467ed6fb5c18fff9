using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.Initiatives;

/// One organisation's part in one initiative, with its standing resolved: one fact per (initiative, organisation),
/// so that G10 is an alpha test grouped by initiative.
internal sealed class InitiativeParty : IFactSource
{
    public required InitiativeFact Initiative { get; init; }

    public required MemberStanding Standing { get; init; }

    public required PartyRoles Roles { get; init; }

    public IEnumerable<FactReference> References => Standing.References;
}
