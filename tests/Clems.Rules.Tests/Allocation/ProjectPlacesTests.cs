using System;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Xunit;

namespace Clems.Rules.Tests.Allocation;

public sealed class ProjectPlacesTests
{
    [Fact]
    public void Constructor_NegativePlaces_IsRefusedSayingZeroOrMore()
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(() => new ProjectPlaces(new InitiativeId("p1"), -1));

        // Assert
        Assert.Equal("places", error.ParamName);
        Assert.Contains("A project offers zero or more places.", error.Message, StringComparison.Ordinal);
    }
}
