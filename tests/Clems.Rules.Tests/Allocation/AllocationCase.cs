using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;

namespace Clems.Rules.Tests.Allocation;

/// A small engine-level allocation case: members m1..mN, projects p1..pK, and per (member, project) cell (index
/// m * K + p) whether it is interested, its person-days, its committed amount (0 for none) and whether that commitment is
/// in the preparation phase. Builds its snapshot with <see cref="SnapshotBuilder"/>'s allocation methods.
public sealed record AllocationCase(
    int MemberCount,
    int[] Places,
    bool[] RequiresPreparation,
    CompetitionCriterion[][] Criteria,
    int[] Agreement,
    LotteryScope[] Scope,
    bool[] Wants,
    int[] Minutes,
    decimal[] PersonDays,
    decimal[] Amount,
    bool[] Preparation,
    int?[] Cap,
    int[]?[] Ranking,
    string Seed,
    int NonMembers = 0,
    bool[]? NonMemberWants = null)
{
    /// All members agreed before the freeze.
    public const int AgreedByAll = 0;

    /// The project has no competition rules.
    public const int NoRules = 1;

    /// Every member but m1 agreed.
    public const int AgreedButFirst = 2;

    public int ProjectCount => Places.Length;

    public static string MemberId(int m) => "m" + (m + 1).ToString(CultureInfo.InvariantCulture);

    public static string ProjectId(int p) => "p" + (p + 1).ToString(CultureInfo.InvariantCulture);

    public int Cell(int member, int project) => (member * ProjectCount) + project;

    public IEnumerable<string> Members => Enumerable.Range(0, MemberCount).Select(MemberId);

    internal SnapshotBuilder Scenario()
    {
        var scenario = A.Snapshot().WithLotterySeed(Seed).Members([.. Members]);
        for (var p = 0; p < ProjectCount; p++)
        {
            var agreed = Agreement[p] == AgreedButFirst ? Members.Skip(1) : Members;
            scenario.Project(
                ProjectId(p),
                Places[p],
                RequiresPreparation[p],
                Agreement[p] == NoRules ? null : SnapshotBuilder.AgreedRules(agreed, Scope[p], Criteria[p]));
        }

        for (var m = 0; m < MemberCount; m++)
        {
            for (var p = 0; p < ProjectCount; p++)
            {
                var cell = Cell(m, p);
                if (Wants[cell])
                {
                    scenario.Interest(MemberId(m), ProjectId(p), Minutes[cell], PersonDays[cell]);
                }

                if (Amount[cell] > 0m)
                {
                    scenario.Commit(MemberId(m), ProjectId(p), Amount[cell], Preparation[cell] ? CommitmentPhase.Preparation : CommitmentPhase.Implementation, Minutes[cell]);
                }
            }

            if (Cap[m] is not null || Ranking[m] is not null)
            {
                scenario.Cap(MemberId(m), Cap[m], [.. (Ranking[m] ?? []).Select(ProjectId)]);
            }
        }

        if (NonMembers > 0)
        {
            var ids = Enumerable.Range(0, NonMembers).Select(x => "x" + (x + 1).ToString(CultureInfo.InvariantCulture)).ToArray();
            scenario.NonMembers(ids);
            for (var x = 0; x < NonMembers; x++)
            {
                for (var p = 0; p < ProjectCount; p++)
                {
                    if (NonMemberWants![(x * ProjectCount) + p])
                    {
                        scenario.Interest(ids[x], ProjectId(p), x).Commit(ids[x], ProjectId(p), 1000m, CommitmentPhase.Preparation);
                    }
                }
            }
        }

        return scenario;
    }

    public ClusterSnapshot Build() => Scenario().Build();

    public GovernanceReport Evaluate() => Scenario().EvaluateAllocation();

    public AllocationCase WithCaps(int? cap) => this with { Cap = [.. Cap.Select(_ => cap)] };

    /// Every project uses these criteria, agreed by every member, with a per-project lottery.
    public AllocationCase WithCriteria(params CompetitionCriterion[] criteria)
        => this with { Criteria = [.. Places.Select(_ => criteria)], Agreement = [.. Places.Select(_ => AgreedByAll)] };

    /// Every member ranks all its interests explicitly, in the order it would have by default, so that commitments no
    /// longer move its preferences.
    public AllocationCase WithFullRankings(int[][] orders)
        => this with { Ranking = [.. Enumerable.Range(0, MemberCount).Select(m => orders[m].Where(p => Wants[Cell(m, p)]).ToArray())] };

    public AllocationCase WithAmount(int member, int project, decimal amount)
    {
        var amounts = (decimal[])Amount.Clone();
        amounts[Cell(member, project)] = amount;
        return this with { Amount = amounts };
    }

    /// The case cut down to its first members and projects.
    public AllocationCase Restricted(int members, int projects)
    {
        members = System.Math.Min(members, MemberCount);
        projects = System.Math.Min(projects, ProjectCount);
        T[] Cells<T>(T[] values) => [.. Enumerable.Range(0, members).SelectMany(m => Enumerable.Range(0, projects).Select(p => values[Cell(m, p)]))];
        return this with
        {
            MemberCount = members,
            Places = Places[..projects],
            RequiresPreparation = RequiresPreparation[..projects],
            Criteria = Criteria[..projects],
            Agreement = Agreement[..projects],
            Scope = Scope[..projects],
            Wants = Cells(Wants),
            Minutes = Cells(Minutes),
            PersonDays = Cells(PersonDays),
            Amount = Cells(Amount),
            Preparation = Cells(Preparation),
            Cap = Cap[..members],
            Ranking = [.. Ranking[..members].Select(r => r?.Where(p => p < projects).ToArray())],
        };
    }

    public AllocationCase WithoutInvolvement() => this with { PersonDays = [.. PersonDays.Select(_ => 0m)] };

    public AllocationCase WithNonMembers(int count, bool[] wants) => this with { NonMembers = count, NonMemberWants = wants };

    public override string ToString()
    {
        var projects = Enumerable.Range(0, ProjectCount).Select(p =>
            $"{ProjectId(p)}({Places[p]} places{(RequiresPreparation[p] ? ", prep" : "")}, [{string.Join(",", Criteria[p])}], agreement {Agreement[p]}, {Scope[p]})");
        var cells = Enumerable.Range(0, MemberCount).SelectMany(m => Enumerable.Range(0, ProjectCount).Select(p => (m, p, c: Cell(m, p))))
            .Where(x => Wants[x.c] || Amount[x.c] > 0m)
            .Select(x => $"{MemberId(x.m)}>{ProjectId(x.p)}{(Wants[x.c] ? "" : "(no interest)")}@{Minutes[x.c]} days {PersonDays[x.c]} amount {Amount[x.c]}{(Preparation[x.c] ? " prep" : "")}");
        var members = Enumerable.Range(0, MemberCount).Select(m => $"{MemberId(m)} cap {Cap[m]?.ToString(CultureInfo.InvariantCulture) ?? "-"} ranking [{string.Join(",", (Ranking[m] ?? []).Select(ProjectId))}]");
        return $"seed {Seed}; {string.Join("; ", projects)}; {string.Join("; ", cells)}; {string.Join("; ", members)}; non-members {NonMembers}";
    }
}
