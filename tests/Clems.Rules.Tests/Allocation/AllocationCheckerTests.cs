using System;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The checker's findings on hand-built allocation results (G8, G16): each invariant it names, and the cases it must
/// not flag.
public sealed class AllocationCheckerTests
{
    private const AllocationOutcomeKind Admitted = AllocationOutcomeKind.Admitted;
    private const AllocationOutcomeKind Refused = AllocationOutcomeKind.BelowCutoff;

    [Fact]
    public void Check_NullResult_ThrowsArgumentNullException()
    {
        // Arrange
        AllocationResult result = null!;

        // Act
        var error = Assert.Throws<ArgumentNullException>(() => AllocationChecker.Check(result));

        // Assert
        Assert.Equal("result", error.ParamName);
    }

    [Fact]
    public void Check_MemberHoldsMorePlacesThanItsCap_ReportsTheCap()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", 1, Admitted)), Project("q", 1, true, Entry("org-a", 1, Admitted))],
            [Member("org-a", 1, "p", "q")]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Member org-a holds 2 places but its cap is 1.", Assert.Single(violations));
    }

    [Fact]
    public void Check_ProjectWithoutAllocationAdmits_ReportsTheAdmitted()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 2, false, Entry("org-a", 1, Admitted), Entry("org-b", 2, Admitted))],
            [Member("org-a", null), Member("org-b", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Project p made no allocation but admits org-a, org-b.", Assert.Single(violations));
    }

    [Fact]
    public void Check_ProjectAdmitsMoreThanItsPlaces_ReportsTheOverflow()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", 1, Admitted), Entry("org-b", 2, Admitted))],
            [Member("org-a", null), Member("org-b", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Project p admits 2 members for 1 places.", Assert.Single(violations));
    }

    [Fact]
    public void Check_IneligibleInterestAdmitted_ReportsTheMember()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", null, Admitted))],
            [Member("org-a", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Project p admits org-a, whose interest is not eligible.", Assert.Single(violations));
    }

    [Fact]
    public void Check_RefusedRanksAboveWorstAdmitted_ReportsEnvyOfTheWorstAdmitted()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 2, true, Entry("org-a", 1, Admitted), Entry("org-b", 2, Refused), Entry("org-c", 3, Admitted))],
            [Member("org-a", null), Member("org-b", null), Member("org-c", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Justified envy at p: org-b (rank 2) wants a place and ranks above org-c (rank 3), who is admitted.", Assert.Single(violations));
    }

    [Fact]
    public void Check_RefusedTiedWithWorstAdmitted_ReportsNothing()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", 2, Admitted), Entry("org-b", 2, Refused))],
            [Member("org-a", null), Member("org-b", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_PlaceEmptyWhileMemberRefused_ReportsWaste()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 2, true, Entry("org-a", 1, Admitted), Entry("org-b", 2, Refused))],
            [Member("org-a", null), Member("org-b", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Waste at p: 1 place(s) stay empty while org-b (rank 2) wants one.", Assert.Single(violations));
    }

    [Fact]
    public void Check_RefusedMemberMissingFromMembers_ReportsWaste()
    {
        // Arrange
        var result = new AllocationResult([Project("p", 1, true, Entry("org-b", 1, Refused))], []);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Waste at p: 1 place(s) stay empty while org-b (rank 1) wants one.", Assert.Single(violations));
    }

    [Fact]
    public void Check_RefusedEntryOfMemberAdmittedThere_ReportsNothing()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 2, true, Entry("org-a", 1, Admitted), Entry("org-a", 2, Refused))],
            [Member("org-a", null)]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Empty(violations);
    }

    [Fact]
    public void Check_CapFullMemberRanksRefusedProjectAboveHeldOne_ReportsWaste()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", 1, Refused)), Project("q", 1, true, Entry("org-a", 1, Admitted))],
            [Member("org-a", 1, "p", "q")]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Equal("Waste at p: 1 place(s) stay empty while org-a (rank 1) wants one.", Assert.Single(violations));
    }

    [Fact]
    public void Check_CapFullMemberRanksRefusedProjectBelowHeldOne_ReportsNothing()
    {
        // Arrange
        var result = new AllocationResult(
            [Project("p", 1, true, Entry("org-a", 1, Refused)), Project("q", 1, true, Entry("org-a", 1, Admitted))],
            [Member("org-a", 1, "q", "p")]);

        // Act
        var violations = AllocationChecker.Check(result);

        // Assert
        Assert.Empty(violations);
    }

    private static AllocationEntry Entry(string member, int? rank, AllocationOutcomeKind outcome)
        => new(new OrganizationId(member), rank, outcome, []);

    private static ProjectAllocation Project(string id, int places, bool allocated, params AllocationEntry[] entries)
        => new(new InitiativeId(id), places, allocated, [], entries, null);

    private static MemberAllocation Member(string id, int? cap, params string[] ranking)
        => new(new OrganizationId(id), cap, Array.ConvertAll(ranking, r => new InitiativeId(r)), []);
}
