using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// End-to-end properties: random small cases evaluated by the engine (rules, keys, deferred acceptance, explanations).
/// Properties that evaluate two or three snapshots per case run half as many cases.
public sealed class AllocationEnginePropertyTests
{
    [AllocationProperty]
    public void Evaluate_AnyCase_CheckerFindsNothing(AllocationCase c)
    {
        // Act
        var report = c.Evaluate();

        // Assert
        Assert.Empty(AllocationChecker.Check(report.Allocation));
    }

    [AllocationProperty]
    public void Evaluate_AnyCase_AdmitsAtOrAboveTheCutoffAndRefusesBelowIt(AllocationCase c)
    {
        // Act
        var report = c.Evaluate();

        // Assert
        foreach (var project in report.Allocation.Projects.Where(p => p.Allocated))
        {
            var admitted = project.Entries.Where(e => e.Outcome == AllocationOutcomeKind.Admitted).ToList();
            Assert.True(admitted.Count <= project.Places);
            Assert.All(admitted, e => Assert.NotNull(e.Rank));
            foreach (var below in project.Entries.Where(e => e.Outcome == AllocationOutcomeKind.BelowCutoff && project.Places > 0))
            {
                Assert.NotNull(project.CutoffRank);
                Assert.True(below.Rank > project.CutoffRank, $"{below.Member} is below the cutoff of {project.Project} at rank {below.Rank}, not worse than the cutoff rank {project.CutoffRank}.");
            }

            Assert.All(admitted, e => Assert.True(project.CutoffRank is null || e.Rank <= project.CutoffRank));
        }
    }

    [AllocationProperty(0.5)]
    public void Evaluate_NonMemberInterestsAdded_ChangeNothingForMembers((AllocationCase Case, int NonMembers, bool[] Wants) input)
    {
        // Arrange
        var (c, count, wants) = input;

        // Act
        var without = c.Evaluate();
        var with = c.WithNonMembers(count, wants).Evaluate();

        // Assert: every decision and allocation line that is not about a non-member (ids x1..x3) stays the same, the facts
        // each decision names included (a rule that fires per project names only each subject's own facts).
        Assert.Equal(ReportText.Lines(without), ReportText.Lines(with).Where(l => !IsAboutNonMember(l)));
        Assert.Equal(AllocationText.Lines(without.Allocation), AllocationText.Lines(with.Allocation).Where(l => !l.Contains(" x", System.StringComparison.Ordinal)));
        Assert.Empty(AllocationChecker.Check(with.Allocation));
    }

    [AllocationProperty]
    public void Evaluate_NoCaps_EqualsPerProjectRankedGreedy(AllocationCase c)
    {
        // Act
        var report = c.WithCaps(null).Evaluate();

        // Assert: each allocated project admits exactly its best-ranked eligible interests, up to its places.
        foreach (var project in report.Allocation.Projects.Where(p => p.Allocated))
        {
            var eligible = project.Entries.Where(e => e.Rank is not null).ToList();
            var expected = eligible.OrderBy(e => e.Rank).Take(project.Places).Select(e => e.Member).Order().ToList();
            var actual = eligible.Where(e => e.Outcome == AllocationOutcomeKind.Admitted).Select(e => e.Member).Order().ToList();
            Assert.Equal(expected, actual);
        }
    }

    [AllocationProperty(0.5)]
    public void Evaluate_SnapshotInAnyOrder_GivesTheSameDecisionsAndAllocation(ShuffledAllocationCase input)
    {
        // Act
        var original = input.Case.Evaluate();
        var again = input.Case.Evaluate();
        var shuffled = Engines.Shared.Evaluate(input.Shuffled, Dates.AsOf);

        // Assert
        Assert.Equal(ReportText.Lines(original), ReportText.Lines(again));
        Assert.Equal(AllocationText.Lines(original.Allocation), AllocationText.Lines(again.Allocation));
        Assert.Equal(ReportText.Lines(original), ReportText.Lines(shuffled));
        Assert.Equal(AllocationText.Lines(original.Allocation), AllocationText.Lines(shuffled.Allocation));
        Assert.Empty(AllocationChecker.Check(shuffled.Allocation));
    }

    [AllocationProperty(0.5)]
    public void Evaluate_UnitCapsAndHigherCommitment_NeverLeavesTheMemberWorseOff((AllocationCase Case, int Member, int Project, decimal Raise) input)
    {
        // Arrange: criteria = committed amount; full rankings, so the member's true preferences do not move.
        var c = input.Case.WithCaps(1).WithCriteria(CompetitionCriterion.CommittedAmount);
        var raised = c.WithAmount(input.Member, input.Project, c.Amount[c.Cell(input.Member, input.Project)] + input.Raise);
        var member = AllocationCase.MemberId(input.Member);
        var ranking = (c.Ranking[input.Member] ?? []).Select(AllocationCase.ProjectId).ToList();

        // Act
        var before = AllocationText.Places(c.Evaluate().Allocation, member);
        var after = AllocationText.Places(raised.Evaluate().Allocation, member);

        // Assert: the position of its place in its ranking (none = after the last) never gets worse.
        Assert.True(Position(ranking, after) <= Position(ranking, before), $"{member} had [{string.Join(",", before)}] and has [{string.Join(",", after)}] after committing more at {AllocationCase.ProjectId(input.Project)}.");
    }

    [AllocationProperty(0.5)]
    public void Evaluate_AnyCapsAndHigherCommitmentWhereHeld_KeepsThatPlace((AllocationCase Case, int Member, int Project, decimal Raise) input)
    {
        // Arrange
        var c = input.Case.WithCriteria(CompetitionCriterion.CommittedAmount);
        var member = AllocationCase.MemberId(input.Member);
        var project = AllocationCase.ProjectId(input.Project);
        var before = AllocationText.Places(c.Evaluate().Allocation, member);
        if (!before.Contains(project))
        {
            return;
        }

        // Act
        var raised = c.WithAmount(input.Member, input.Project, c.Amount[c.Cell(input.Member, input.Project)] + input.Raise);
        var after = AllocationText.Places(raised.Evaluate().Allocation, member);

        // Assert
        Assert.Contains(project, after);
    }

    [AllocationProperty]
    public void Evaluate_TieDecidedByLottery_IsTheResultOfSomeStrictOrderOfTheTiedMembers(AllocationCase generated)
    {
        // Arrange: every member ties on the agreed criterion (no involvement), so only the tier and the lottery decide.
        var c = generated.Restricted(4, 2).WithCriteria(CompetitionCriterion.Involvement).WithoutInvolvement();

        // Act
        var result = c.Evaluate().Allocation;

        // Assert
        Assert.True(
            TieOrders.AnyStrictOrderGives(c, result),
            "No strict order of the tied members gives the engine's result:\n" + string.Join("\n", AllocationText.Lines(result)));
    }

    private static bool IsAboutNonMember(string line)
        => (line.StartsWith("Interest:p", System.StringComparison.Ordinal) && line.Split(" | ")[0].Contains("/x", System.StringComparison.Ordinal))
            || line.StartsWith("Organization:x", System.StringComparison.Ordinal);

    private static int Position(List<string> ranking, HashSet<string> places)
        => places.Count == 0 ? ranking.Count : places.Min(p => ranking.IndexOf(p));
}
