using System;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class CompetitionRulesTests
{
    private static readonly Instant FreezeAt = Instant.FromUtc(2026, 2, 20, 12, 0);

    [Theory]
    [InlineData(CompetitionCriterion.PreparationCommitment)]
    [InlineData(CompetitionCriterion.Lottery)]
    public void Constructor_AFixedEndOfTheKeyListed_IsRefusedSayingToListOnlyTheCriteriaInBetween(CompetitionCriterion fixedEnd)
    {
        // Act
        var error = Assert.Throws<ArgumentException>(
            () => new CompetitionRules([CompetitionCriterion.CommittedAmount, fixedEnd], FreezeAt, []));

        // Assert
        Assert.Equal("criteria", error.ParamName);
        Assert.Contains("list only the criteria in between", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Constructor_ACriterionListedTwice_IsRefusedSayingToListEachOnce()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(
            () => new CompetitionRules([CompetitionCriterion.Involvement, CompetitionCriterion.Involvement], FreezeAt, []));

        // Assert
        Assert.Equal("criteria", error.ParamName);
        Assert.Contains("listed twice; list each once", error.Message, StringComparison.Ordinal);
    }
}
