using System;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Allocation;

public sealed class ResourceCommitmentTests
{
    private static readonly Instant At = Instant.FromUtc(2026, 2, 1, 9, 0);

    [Theory]
    [InlineData(0)]
    [InlineData(-100)]
    public void OfMoney_AmountNotPositive_IsRefusedSayingItIsPositive(int amount)
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ResourceCommitment.OfMoney(new OrganizationId("org-a"), new InitiativeId("p1"), CommitmentPhase.Preparation, Ron(amount), At));

        // Assert
        Assert.Equal("amount", error.ParamName);
        Assert.Contains("A commitment is of a positive amount.", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-2)]
    public void OfPersonDays_PersonDaysNotPositive_IsRefusedSayingTheyArePositive(int personDays)
    {
        // Act
        var error = Assert.Throws<ArgumentOutOfRangeException>(
            () => ResourceCommitment.OfPersonDays(new OrganizationId("org-a"), new InitiativeId("p1"), CommitmentPhase.Preparation, personDays, At));

        // Assert
        Assert.Equal("personDays", error.ParamName);
        Assert.Contains("positive number of person-days", error.Message, StringComparison.Ordinal);
    }
}
