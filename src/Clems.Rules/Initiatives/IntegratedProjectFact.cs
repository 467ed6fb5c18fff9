using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.Initiatives;

/// An integrated project (G14) with its direct beneficiaries' standings resolved, so that "no member beneficiary" is
/// an alpha test (<see cref="InitiativeClauses.HasMemberBeneficiary"/>).
internal sealed class IntegratedProjectFact : IFactSource
{
    public required InitiativeFact Initiative { get; init; }

    /// The beneficiaries by organisation id.
    public required ImmutableArray<MemberStanding> Beneficiaries { get; init; }

    public IEnumerable<FactReference> References => Initiative.References.Concat(Beneficiaries.SelectMany(b => b.References));
}
