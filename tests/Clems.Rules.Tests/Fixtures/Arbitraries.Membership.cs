using Clems.Rules.Membership;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// An organisation's representatives, expertise and thematic areas in an order FsCheck chose.
public static partial class Arbitraries
{
    private static Gen<Organization> Permuted(Organization o)
        => from reps in Shuffled(o.Representatives)
           from expertise in Shuffled(o.Expertise)
           from areas in Shuffled(o.ThematicAreas)
           select new Organization(o.Id, o.Name, o.Kind, o.Country, reps) { Expertise = expertise, ThematicAreas = areas, Resources = o.Resources };
}
