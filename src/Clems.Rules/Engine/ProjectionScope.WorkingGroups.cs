using System.Collections.Generic;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Engine;

internal sealed partial class ProjectionScope
{
    /// Each working group's resolved state on the as-of date (G4, G5), for areas projected after the working groups.
    internal Dictionary<WorkingGroupId, WorkingGroupFact> WorkingGroupFacts { get; } = [];
}
