using System.Linq;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.WorkingGroups;

public sealed class WorkingGroupClausesTests
{
    private readonly RuleTestFixture<ValidFormationRule> _fixture = new();

    [Fact]
    public void FormedBy_FormationDateEqualToTheAsOfDate_IsFormed()
    {
        // Arrange: G4, "the working groups are set freely by at least 3 member organisations"; a group exists from
        // its own formation date, that day included.
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", Dates.AsOf, "org-a", "org-b", "org-c"));
        _fixture.Given(snapshot);
        var group = _fixture.Query<WorkingGroupFact>().Single();

        // Act
        var formed = WorkingGroupClauses.FormedBy(group);

        // Assert
        Assert.True(formed);
    }

    [Fact]
    public void FormedBy_FormationDateTheDayAfterTheAsOfDate_IsNotFormedYet()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"), A.Member("org-c"))
            .With(Group("wg-1", Dates.AsOf.PlusDays(1), "org-a", "org-b", "org-c"));
        _fixture.Given(snapshot);
        var group = _fixture.Query<WorkingGroupFact>().Single();

        // Act
        var formed = WorkingGroupClauses.FormedBy(group);

        // Assert
        Assert.False(formed);
    }
}
