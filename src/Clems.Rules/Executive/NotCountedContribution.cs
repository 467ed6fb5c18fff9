using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Executive;

/// A member contribution that does not count as committed resources (G12), with its contributor's standing on the as-of
/// date; no standing when it names no known organisation.
internal sealed record NotCountedContribution(FundingSource Source, MemberStanding? Standing);
