using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;

namespace Clems.Rules.Tests.Allocation;

/// Renders an allocation result line by line, every field included, so that two results compare as text.
internal static class AllocationText
{
    public static IReadOnlyList<string> Lines(AllocationResult result)
        =>
        [
            .. result.Projects.SelectMany(p => (IEnumerable<string>)
            [
                $"project {p.Project} places {p.Places} allocated {p.Allocated} cutoff {p.CutoffRank} key [{string.Join(",", p.Criteria)}]",
                .. p.Entries.Select(e => $"  {e.Member} rank {e.Rank} {e.Outcome} ({string.Join("; ", e.Key)})"),
            ]),
            .. result.Members.Select(m => $"member {m.Member} cap {m.Cap} ranking [{string.Join(",", m.Ranking)}] places [{string.Join(",", m.Places)}]"),
        ];

    /// The projects a member got a place in.
    public static HashSet<string> Places(AllocationResult result, string member)
        => [.. result.Members.Where(m => m.Member.Value == member).SelectMany(m => m.Places).Select(p => p.Value)];
}
