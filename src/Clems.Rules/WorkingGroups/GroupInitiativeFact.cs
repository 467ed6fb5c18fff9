using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Initiatives;

namespace Clems.Rules.WorkingGroups;

/// An initiative initiated by a working group, paired with that group's resolved state, so that "the group is active"
/// is an alpha test (no join of initiatives and groups on ids).
internal sealed class GroupInitiativeFact : IFactSource
{
    public required InitiativeFact Initiative { get; init; }

    public required WorkingGroupFact Group { get; init; }

    public IEnumerable<FactReference> References => Initiative.References.Concat(Group.References);
}
