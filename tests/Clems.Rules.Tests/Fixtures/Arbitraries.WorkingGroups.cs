using Clems.Rules.WorkingGroups;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// A working group's members and a proposal's proposers in an order FsCheck chose.
public static partial class Arbitraries
{
    private static Gen<WorkingGroup> Permuted(WorkingGroup g)
        => Shuffled(g.Members).Select(members => new WorkingGroup(g.Id, g.Name, g.Objective, g.Area, members, g.FormedOn, g.AreaLabel));

    private static Gen<WorkingGroupProposal> Permuted(WorkingGroupProposal p)
        => Shuffled(p.ProposedBy).Select(by => new WorkingGroupProposal(p.Id, p.Group, p.Kind, by, p.ProposedOn, p.EffectiveFrom, p.NewObjective));
}
