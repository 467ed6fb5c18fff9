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

    public string DescribeRoles()
    {
        var roles = new List<string>(4);
        if (Roles.HasFlag(PartyRoles.Initiator))
        {
            roles.Add("initiator");
        }

        if (Roles.HasFlag(PartyRoles.Proposer))
        {
            roles.Add("proposer");
        }

        if (Roles.HasFlag(PartyRoles.Beneficiary))
        {
            roles.Add("beneficiary");
        }

        if (Roles.HasFlag(PartyRoles.Participant))
        {
            roles.Add("participant");
        }

        return Utility.Text.List(roles);
    }
}
