using System.Collections.Generic;
using System.Linq;
using Clems.Rules.Allocation;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The algorithm's properties on random small problems built directly as flat arrays (design.md "Allocation").
public sealed class DeferredAcceptancePropertyTests
{
    [Fact]
    public void Run_ProjectWithIntMaxPlaces_HoldsTheInterest()
    {
        // Arrange: one member, one eligible interest, a project whose places are int.MaxValue; the project's heap
        // must be sized by the interests, not by the places.
        var input = new AllocationInput([int.MaxValue], [1], [0], [0], [true], [0, 1], [0], [0], 1);

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Equal(InterestStatus.Held, Assert.Single(outcome.Status));
    }

    [AllocationProperty(10)]
    public void Run_AnyProblem_RespectsCapacitiesCapsAndEligibility(AllocationProblem problem)
    {
        // Arrange
        var input = problem.ToInput();

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Empty(AllocationInvariants.Feasibility(input, outcome));
    }

    [AllocationProperty(10)]
    public void Run_AnyProblem_LeavesNoJustifiedEnvy(AllocationProblem problem)
    {
        // Arrange
        var input = problem.ToInput();

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Empty(AllocationInvariants.JustifiedEnvy(input, outcome));
    }

    [AllocationProperty(10)]
    public void Run_AnyProblem_WastesNoPlace(AllocationProblem problem)
    {
        // Arrange
        var input = problem.ToInput();

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Empty(AllocationInvariants.Waste(input, outcome));
    }

    [AllocationProperty(10)]
    public void Run_AnyProblem_RejectsBelowTheCutoffAndHoldsAtOrAboveIt(AllocationProblem problem)
    {
        // Arrange
        var input = problem.ToInput();

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Empty(AllocationInvariants.CutoffConsistency(input, outcome));
    }

    [AllocationProperty(10)]
    public void Run_CapsThatDoNotBind_EqualsPerProjectRankedGreedy(AllocationProblem problem, bool noCaps)
    {
        // Arrange: no caps at all, or each member's cap at least its number of interests.
        var bounded = noCaps ? problem.WithCaps(int.MaxValue) : problem with { Cap = [.. problem.Preferences.Select(p => p.Length)] };
        var input = bounded.ToInput();

        // Act
        var outcome = DeferredAcceptance.Run(input);

        // Assert
        Assert.Equal(AllocationInvariants.Greedy(input), AllocationInvariants.Held(outcome));
        Assert.DoesNotContain(InterestStatus.NotReached, outcome.Status);
    }

    [AllocationProperty(10)]
    public void Run_SameProblemTwice_GivesTheSameOutcome(AllocationProblem problem)
    {
        // Act
        var first = problem.Run();
        var second = problem.Run();

        // Assert
        Assert.Equal(first.Status, second.Status);
        Assert.Equal(first.Cutoff, second.Cutoff);
    }

    [AllocationProperty(10)]
    public void Run_MembersRenamedWithTheirTickets_RenamesTheOutcome(AllocationProblem problem, int rotation)
    {
        // Arrange: strict tickets, so that the member ordinal (which renaming changes) never decides; a rotation plus a
        // reversal reaches every member position.
        var strict = problem.WithStrictTickets();
        var n = strict.MemberCount;
        var shift = ((rotation % n) + n) % n;
        var renaming = Enumerable.Range(0, n).Select(m => rotation % 2 == 0 ? (m + shift) % n : n - 1 - ((m + shift) % n)).ToArray();

        // Act
        var original = strict.Run();
        var renamed = strict.Renamed(renaming).Run();

        // Assert: interests keep their indices, so the statuses must be equal position by position.
        Assert.Equal(original.Status, renamed.Status);
        Assert.Equal(original.Cutoff, renamed.Cutoff);
    }

    [AllocationProperty(10)]
    public void Run_UnitCaps_NoMemberGainsByMisreportingItsPreferences(AllocationProblem problem)
    {
        // Arrange
        var truth = problem.WithCaps(1);
        var honest = truth.Run();

        for (var m = 0; m < truth.MemberCount; m++)
        {
            var trueGet = AllocationInvariants.HeldPosition(truth, honest, m);
            foreach (var report in OrderedSublists(truth.Preferences[m]))
            {
                // Act
                var lied = truth.WithPreferences(m, report).Run();

                // Assert: what it gets by lying is never higher on its true list.
                var got = AllocationInvariants.HeldPosition(truth, lied, m);
                Assert.True(got >= trueGet, $"Member {m} reporting [{string.Join(",", report)}] gets position {got}, better than {trueGet} when honest.");
            }
        }
    }

    [AllocationProperty(10)]
    public void Run_UnitCaps_ABetterKeyNeverHurts(AllocationProblem problem, int pick)
    {
        // Arrange
        var truth = problem.WithCaps(1);
        if (truth.InterestCount == 0)
        {
            return;
        }

        var interest = ((pick % truth.InterestCount) + truth.InterestCount) % truth.InterestCount;
        var member = truth.Member[interest];

        // Act
        var before = AllocationInvariants.HeldPosition(truth, truth.Run(), member);
        var after = AllocationInvariants.HeldPosition(truth, truth.Improved(interest).Run(), member);

        // Assert
        Assert.True(after <= before, $"Member {member} drops from position {before} to {after} after a better key at interest {interest}.");
    }

    [AllocationProperty(10)]
    public void Run_AnyCaps_AMemberHoldingAProjectKeepsItWithABetterKeyThere(AllocationProblem problem)
    {
        var outcome = problem.Run();
        foreach (var interest in AllocationInvariants.Held(outcome))
        {
            // Act
            var improved = problem.Improved(interest).Run();

            // Assert
            Assert.Equal(InterestStatus.Held, improved.Status[interest]);
        }
    }

    /// Every ordered selection of the list's items (every order of every subset), the empty one included.
    internal static IEnumerable<int[]> OrderedSublists(int[] items)
    {
        yield return [];
        for (var i = 0; i < items.Length; i++)
        {
            var rest = items.Where((_, k) => k != i).ToArray();
            foreach (var tail in OrderedSublists(rest))
            {
                yield return [items[i], .. tail];
            }
        }
    }
}
