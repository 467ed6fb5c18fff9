using System;
using Clems.Rules.Allocation;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

/// The flat allocation input: its length checks and its key comparisons.
public sealed class AllocationInputTests
{
    [Theory]
    [InlineData(2, 1, 1, 1, 2, 0)]
    [InlineData(1, 2, 1, 1, 2, 0)]
    [InlineData(1, 1, 2, 1, 2, 0)]
    [InlineData(1, 1, 1, 2, 2, 0)]
    [InlineData(1, 1, 1, 1, 3, 0)]
    [InlineData(1, 1, 1, 1, 2, 1)]
    public void Constructor_ArraysDisagreeInLength_ThrowsArgumentException(int members, int projects, int eligible, int keys, int preferenceStart, int preferences)
    {
        // Arrange: one member, one interest, a key of width one; one length is off.
        var start = new int[preferenceStart];

        // Act
        var error = Assert.Throws<ArgumentException>(() => new AllocationInput(
            [1], [1], new int[members], new int[projects], new bool[eligible], start, new int[preferences], new long[keys], 1));

        // Assert
        Assert.Equal("The allocation arrays do not agree in length.", error.Message);
    }

    [Fact]
    public void FirstLosingColumn_WorseOnSecondColumn_ReturnsOne()
    {
        // Arrange
        var input = Input(5, 2, 5, 1);

        // Act
        var column = input.FirstLosingColumn(0, 1);

        // Assert
        Assert.Equal(1, column);
    }

    [Fact]
    public void FirstLosingColumn_BetterOnFirstDifferingColumn_ReturnsMinusOne()
    {
        // Arrange
        var input = Input(5, 1, 5, 2);

        // Act
        var column = input.FirstLosingColumn(0, 1);

        // Assert
        Assert.Equal(-1, column);
    }

    [Fact]
    public void FirstLosingColumn_EqualKeys_ReturnsMinusOne()
    {
        // Arrange
        var input = Input(5, 1, 5, 1);

        // Act
        var column = input.FirstLosingColumn(1, 0);

        // Assert
        Assert.Equal(-1, column);
    }

    /// Two interests of one member in one project, with keys of width two.
    private static AllocationInput Input(params long[] keys)
        => new([2], [2], [0, 0], [0, 0], [true, true], [0, 2], [0, 1], keys, 2);
}
