using System;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Engine.TestRules;
using Xunit;

namespace Clems.Rules.Tests.Traceability;

/// Every rule cites clauses of the catalogue, and every clause is enforced by a rule or documented as descriptive.
public sealed class ClauseTraceabilityTests
{
    private static readonly GovernanceEngine Engine = new();

    [Fact]
    public void Compile_TestRuleWithoutClauseTag_IsRefused()
    {
        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile([typeof(UntaggedRule)]));

        // Assert
        Assert.Contains("cites no clause", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Compile_TestRuleCitingAClauseOutsideTheCatalogue_IsRefused()
    {
        // Act
        var exception = Assert.Throws<InvalidOperationException>(() => RuleCompiler.Compile([typeof(UnknownClauseRule)]));

        // Assert
        Assert.Contains("is tagged 'X1', which is not a clause of the catalogue", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void EveryCompiledRule_CitesAtLeastOneClauseOfTheCatalogue()
    {
        // Arrange
        var catalogue = ClauseCatalogue.Clauses.Select(c => c.Id).ToHashSet();

        // Act
        var offending = Engine.Rules.Where(r => r.Clauses.IsEmpty || r.Clauses.Any(c => !catalogue.Contains(c))).Select(r => r.Id);

        // Assert
        Assert.Empty(offending);
    }

    [Fact]
    public void Catalogue_ListsG1ToG16ThenS1ToS15_EachWithAShortMeaning()
    {
        // Arrange
        var expected = Enumerable.Range(1, ClauseId.GovernanceClauseCount).Select(n => $"G{n}")
            .Concat(Enumerable.Range(1, ClauseId.ServiceClauseCount).Select(n => $"S{n}"));

        // Act
        var clauses = ClauseCatalogue.Clauses;

        // Assert
        Assert.Equal(expected, clauses.Select(c => c.Id.ToString()));
        Assert.All(clauses, c => Assert.EndsWith(".", c.Title, StringComparison.Ordinal));
    }

    [Fact]
    public void EveryClause_IsEnforcedByARuleOrDescriptive()
    {
        // Arrange
        var enforced = Engine.Rules.SelectMany(r => r.Clauses).ToHashSet();

        // Act
        var neither = ClauseCatalogue.Clauses.Where(c => !enforced.Contains(c.Id) && !c.IsDescriptive).Select(c => c.Id.ToString());

        // Assert
        Assert.Empty(neither);
    }

    [Fact]
    public void NoClause_IsBothEnforcedAndDescriptive()
    {
        // Arrange
        var enforced = Engine.Rules.SelectMany(r => r.Clauses).ToHashSet();

        // Act
        var both = ClauseCatalogue.Clauses.Where(c => enforced.Contains(c.Id) && c.IsDescriptive).Select(c => c.Id.ToString());

        // Assert
        Assert.Empty(both);
    }
}
