using System;
using System.Linq;
using Clems.Rules.Framework;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Framework;

public sealed class FrameworkParametersTests
{
    [Fact]
    public void Defaults_MinimumWorkingGroupSize_IsThree()
    {
        // Arrange
        // Act
        var size = FrameworkParameters.Defaults.MinimumWorkingGroupSize;

        // Assert
        Assert.Equal(3, size);
    }

    [Fact]
    public void Defaults_ExecutiveCapacity_IsFive()
    {
        // Arrange
        // Act
        var capacity = new FrameworkParameters().ExecutiveCapacity;

        // Assert
        Assert.Equal(5, capacity);
    }

    [Fact]
    public void Defaults_CompetitionCriteria_AreCommittedAmountThenEarlierCommitment()
    {
        // Arrange
        // Act
        var criteria = FrameworkParameters.Defaults.DefaultCompetitionCriteria;

        // Assert
        Assert.Equal([CompetitionCriterion.CommittedAmount, CompetitionCriterion.EarlierCommitment], criteria.ToArray());
    }

    [Fact]
    public void Constructor_EmptyCriteria_AreKeptEmpty()
    {
        // Arrange
        // Act
        var parameters = new FrameworkParameters(defaultCompetitionCriteria: []);

        // Assert
        Assert.Empty(parameters.DefaultCompetitionCriteria);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    public void Constructor_MinimumWorkingGroupSizeBelowOne_Throws(int size)
    {
        // Arrange
        // Act
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FrameworkParameters(minimumWorkingGroupSize: size));

        // Assert
        Assert.Equal("minimumWorkingGroupSize", exception.ParamName);
    }

    [Fact]
    public void Constructor_NegativeExecutiveCapacity_Throws()
    {
        // Arrange
        // Act
        var exception = Assert.Throws<ArgumentOutOfRangeException>(() => new FrameworkParameters(executiveCapacity: -1));

        // Assert
        Assert.Equal("executiveCapacity", exception.ParamName);
    }

    [Fact]
    public void Constructor_ZeroExecutiveCapacity_IsAllowed()
    {
        // Arrange
        // Act
        var parameters = new FrameworkParameters(executiveCapacity: 0);

        // Assert
        Assert.Equal(0, parameters.ExecutiveCapacity);
    }

    [Theory]
    [InlineData(CompetitionCriterion.PreparationCommitment)]
    [InlineData(CompetitionCriterion.Lottery)]
    public void Constructor_ReservedCriterion_Throws(CompetitionCriterion reserved)
    {
        // Arrange
        var criteria = new[] { CompetitionCriterion.CommittedAmount, reserved };

        // Act
        var exception = Assert.Throws<ArgumentException>(() => new FrameworkParameters(defaultCompetitionCriteria: criteria));

        // Assert
        Assert.Equal("defaultCompetitionCriteria", exception.ParamName);
    }

    [Fact]
    public void Constructor_RepeatedCriterion_Throws()
    {
        // Arrange
        var criteria = new[] { CompetitionCriterion.Involvement, CompetitionCriterion.Involvement };

        // Act
        var exception = Assert.Throws<ArgumentException>(() => new FrameworkParameters(defaultCompetitionCriteria: criteria));

        // Assert
        Assert.Contains("twice", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void FrameworkVersion_WithoutParameters_UsesTheDefaults()
    {
        // Arrange
        // Act
        var version = new FrameworkVersion(new FrameworkVersionId("v1"), Dates.FrameworkAdopted, Dates.Joined);

        // Assert
        Assert.Same(FrameworkParameters.Defaults, version.Parameters);
    }

    [Fact]
    public void FrameworkVersion_EffectiveBeforeAdoption_Throws()
    {
        // Arrange
        var adopted = A.Date(2026, 1, 2);

        // Act
        var exception = Assert.Throws<ArgumentException>(
            () => new FrameworkVersion(new FrameworkVersionId("v2"), adopted, A.Date(2026, 1, 1)));

        // Assert
        Assert.Equal("effectiveFrom", exception.ParamName);
    }
}
