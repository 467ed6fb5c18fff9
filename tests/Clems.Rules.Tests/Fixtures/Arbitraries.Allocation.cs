using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Allocation;
using FsCheck;
using FsCheck.Fluent;

namespace Clems.Rules.Tests.Fixtures;

/// The allocation's generators: small algorithm-level problems and small engine-level cases (G8, G16). Small on
/// purpose: a few members and projects, capacities and caps of 0 to 3, so that brute force over preference orders and
/// tie orders stays cheap and counterexamples stay readable. And a project's competition agreements in an order
/// FsCheck chose (a member's ranking is an order it chose, so it is kept; the agreements are a set).
public static partial class Arbitraries
{
    private static readonly CompetitionCriterion[][] s_criteria =
    [
        [CompetitionCriterion.CommittedAmount],
        [CompetitionCriterion.EarlierCommitment, CompetitionCriterion.CommittedAmount],
        [CompetitionCriterion.Involvement],
        [],
    ];

    private static Gen<ProjectPlaces> Permuted(ProjectPlaces p)
        => p.Competition is not { } c
            ? Gen.Constant(p)
            : Shuffled(c.Agreements).Select(agreements => new ProjectPlaces(
                p.Initiative, p.Places, p.RequiresPreparationCommitment, new CompetitionRules(c.Criteria, c.FreezeAt, agreements, c.LotteryScope)));

    public static Arbitrary<AllocationProblem> AllocationProblems() => Arb.From(SmallAllocationProblem());

    public static Arbitrary<AllocationCase> AllocationCases() => Arb.From(SmallAllocationCase(5, 3));

    public static Arbitrary<ShuffledAllocationCase> ShuffledAllocationCases()
        => Arb.From(
            from c in SmallAllocationCase(5, 3)
            from shuffled in Permuted(c.Build())
            select new ShuffledAllocationCase(c, shuffled));

    /// Up to 5 members and 4 projects; capacities 0–3; caps 0–3 or none; about two thirds of the pairs interested, one
    /// interest in eight ineligible; tiers 0–1 and tickets 0–3, so that ties reach the member ordinal.
    private static Gen<AllocationProblem> SmallAllocationProblem()
        => from members in Gen.Choose(1, 5)
           from projects in Gen.Choose(1, 4)
           from capacity in Gen.Choose(0, 3).ArrayOf(projects)
           from cap in Gen.Choose(0, 4).ArrayOf(members)
           from wants in Gen.Elements(true, true, false).ArrayOf(members * projects)
           from eligible in Gen.Elements(true, true, true, true, true, true, true, false).ArrayOf(members * projects)
           from tier in Gen.Choose(0, 1).ArrayOf(members * projects)
           from ticket in Gen.Choose(0, 3).ArrayOf(members * projects)
           from order in Gen.Shuffle(Enumerable.Range(0, members * projects))
           select BuildProblem(members, projects, capacity, cap, wants, eligible, tier, ticket, order);

    private static Gen<AllocationCase> SmallAllocationCase(int maxMembers, int maxProjects)
        => from members in Gen.Choose(2, maxMembers)
           from projects in Gen.Choose(1, maxProjects)
           from places in Gen.Choose(0, 3).ArrayOf(projects)
           from prep in Gen.Elements(false, false, false, true).ArrayOf(projects)
           from criteria in Gen.Elements(s_criteria).ArrayOf(projects)
           from agreement in Gen.Elements(AllocationCase.AgreedByAll, AllocationCase.AgreedByAll, AllocationCase.AgreedByAll, AllocationCase.NoRules, AllocationCase.AgreedButFirst).ArrayOf(projects)
           from scope in Gen.Elements(LotteryScope.Project, LotteryScope.Cluster).ArrayOf(projects)
           from wants in Gen.Elements(true, true, false).ArrayOf(members * projects)
           from minutes in Gen.Choose(0, 3).ArrayOf(members * projects)
           from days in Gen.Elements(0m, 0m, 5m, 10m).ArrayOf(members * projects)
           from amount in Gen.Elements(0m, 100m, 100m, 200m, 300m).ArrayOf(members * projects)
           from preparation in Gen.Elements(false, true, true).ArrayOf(members * projects)
           from cap in Gen.Elements<int?>(null, null, 0, 1, 2, 3).ArrayOf(members)
           from ranked in Gen.Elements(false, true).ArrayOf(members)
           from order in Gen.Shuffle(Enumerable.Range(0, projects)).ArrayOf(members)
           from seed in Gen.Elements("seed-a", "seed-b", "2026-03-01/draw")
           select new AllocationCase(
               members,
               places,
               prep,
               criteria,
               agreement,
               scope,
               wants,
               minutes,
               days,
               amount,
               preparation,
               cap,
               [.. Enumerable.Range(0, members).Select(m => ranked[m] ? order[m].Where(p => wants[(m * projects) + p]).ToArray() : null)],
               seed);

    /// An allocation case with up to 3 non-member organisations and the projects each is interested in.
    public static Arbitrary<(AllocationCase Case, int NonMembers, bool[] Wants)> AllocationCasesWithNonMembers()
        => Arb.From(
            from c in SmallAllocationCase(5, 3)
            from count in Gen.Choose(1, 3)
            from wants in Gen.Elements(true, false).ArrayOf(count * c.ProjectCount)
            select (c, count, wants));

    /// A member-by-project order for every member, to fix full rankings.
    private static Gen<int[][]> RankingOrders(int members, int projects)
        => Gen.Shuffle(Enumerable.Range(0, projects)).ArrayOf(members);

    /// An allocation case with full explicit rankings (so commitments do not move preferences), and one member and
    /// project to raise a commitment at, by 50 to 500.
    public static Arbitrary<(AllocationCase Case, int Member, int Project, decimal Raise)> AllocationCasesWithRaise()
        => Arb.From(
            from c in SmallAllocationCase(4, 3)
            from orders in RankingOrders(c.MemberCount, c.ProjectCount)
            from member in Gen.Choose(0, c.MemberCount - 1)
            from project in Gen.Choose(0, c.ProjectCount - 1)
            from raise in Gen.Elements(50m, 100m, 150m, 500m)
            select (c.WithFullRankings(orders), member, project, raise));

    private static AllocationProblem BuildProblem(
        int members, int projects, int[] capacity, int[] cap, bool[] wants, bool[] eligible, int[] tier, int[] ticket, int[] order)
    {
        var cells = Enumerable.Range(0, members * projects).Where(c => wants[c]).ToArray();
        var preferences = Enumerable.Range(0, members)
            .Select(m => Enumerable.Range(0, cells.Length).Where(i => cells[i] / projects == m).OrderBy(i => order[cells[i]]).ToArray())
            .ToArray();
        return new AllocationProblem(
            capacity,
            [.. cap.Select(c => c == 4 ? int.MaxValue : c)],
            [.. cells.Select(c => c / projects)],
            [.. cells.Select(c => c % projects)],
            [.. cells.Select(c => eligible[c])],
            [.. cells.Select(c => (long)tier[c])],
            [.. cells.Select(c => (long)ticket[c])],
            preferences);
    }
}
