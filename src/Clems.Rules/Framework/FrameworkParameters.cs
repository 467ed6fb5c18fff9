using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Utility;

namespace Clems.Rules.Framework;

/// <summary>The policy parameters a framework version sets (G1), each with its default.</summary>
public sealed class FrameworkParameters
{
    private readonly ImmutableArray<ExchangeRate> _exchangeRates = [];

    /// <summary>The default minimum number of member organisations in a working group (G4): 3.</summary>
    public const int DefaultMinimumWorkingGroupSize = 3;

    /// <summary>The default number of runnable initiatives the executive team supports at once (G7, G12): 5.</summary>
    public const int DefaultExecutiveCapacity = 5;

    /// <summary>Creates parameters; omitted values take their defaults.</summary>
    /// <param name="minimumWorkingGroupSize">At least 1; default 3.</param>
    /// <param name="executiveCapacity">At least 0; default 5.</param>
    /// <param name="defaultCompetitionCriteria">
    /// The criteria used between the preparation-phase tier and the lottery when a project's participants agree on none;
    /// default: committed amount, then earlier commitment (G8). Must not contain the preparation commitment or the lottery,
    /// which every key has anyway, nor repeat a criterion.
    /// </param>
    /// <exception cref="System.ArgumentException">A value is out of range or a criterion is repeated or reserved.</exception>
    public FrameworkParameters(
        int minimumWorkingGroupSize = DefaultMinimumWorkingGroupSize,
        int executiveCapacity = DefaultExecutiveCapacity,
        IEnumerable<CompetitionCriterion>? defaultCompetitionCriteria = null)
    {
        Preconditions.CheckArgumentRange(minimumWorkingGroupSize >= 1, nameof(minimumWorkingGroupSize), minimumWorkingGroupSize, "The minimum working group size is at least 1.");
        Preconditions.CheckArgumentRange(executiveCapacity >= 0, nameof(executiveCapacity), executiveCapacity, "The executive capacity is zero or more.");
        var criteria = defaultCompetitionCriteria is null
            ? [CompetitionCriterion.CommittedAmount, CompetitionCriterion.EarlierCommitment]
            : Preconditions.CheckItems(defaultCompetitionCriteria);
        Preconditions.CheckArgument(CompetitionCriteria.Check(criteria, nameof(defaultCompetitionCriteria)));
        MinimumWorkingGroupSize = minimumWorkingGroupSize;
        ExecutiveCapacity = executiveCapacity;
        DefaultCompetitionCriteria = criteria;
    }

    /// <summary>The parameters with every default.</summary>
    public static FrameworkParameters Defaults { get; } = new();

    /// <summary>The minimum number of member organisations in a working group (G4).</summary>
    /// <value>Default 3.</value>
    public int MinimumWorkingGroupSize { get; }

    /// <summary>How many runnable initiatives the executive team supports at once (G7, G12).</summary>
    /// <value>Default 5.</value>
    public int ExecutiveCapacity { get; }

    /// <summary>The exchange rates through which amounts in different currencies are compared (G12's committed
    /// resources, G15's resources against an opportunity's needs).</summary>
    /// <value>Default empty: amounts in different currencies cannot be compared, and a snapshot that needs such a
    /// comparison is invalid.</value>
    /// <exception cref="System.ArgumentException">The array is default or holds a null element.</exception>
    public ImmutableArray<ExchangeRate> ExchangeRates { get => _exchangeRates; init => _exchangeRates = Preconditions.CheckItems(value); }

    /// <summary>The currency in which the executive team compares committed resources (G12).</summary>
    /// <value>Default <see langword="null"/>: every member contribution must then be in one currency, which is the one
    /// compared.</value>
    public Currency? ComparisonCurrency { get; init; }

    /// <summary>The competition criteria used when a project's participants agreed on none (G8, G16).</summary>
    /// <value>Default: committed amount, then earlier commitment.</value>
    public ImmutableArray<CompetitionCriterion> DefaultCompetitionCriteria { get; }

    /// Converts <paramref name="amount"/> to <paramref name="to"/> through a declared rate (direct, or the inverse of
    /// the rate declared the other way); the same currency needs no rate. False when no rate applies.
    internal bool TryConvert(Money amount, Currency to, out Money converted)
    {
        if (amount.Currency == to)
        {
            converted = amount;
            return true;
        }

        foreach (var rate in _exchangeRates)
        {
            if (rate.From == amount.Currency && rate.To == to)
            {
                converted = new Money(amount.Amount * rate.Rate, to);
                return true;
            }
        }

        foreach (var rate in _exchangeRates)
        {
            if (rate.From == to && rate.To == amount.Currency)
            {
                converted = new Money(amount.Amount / rate.Rate, to);
                return true;
            }
        }

        converted = default;
        return false;
    }
}
