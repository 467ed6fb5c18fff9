using Clems.Rules.Utility;

namespace Clems.Rules.Initiatives;

/// <summary>One line of an initiative's budget (G11).</summary>
public sealed class BudgetLine
{
    /// <summary>Creates a budget line.</summary>
    /// <param name="item">What the money is for.</param>
    /// <param name="amount">The amount; zero or more.</param>
    /// <exception cref="System.ArgumentException">The item is blank or the amount is negative.</exception>
    public BudgetLine(string item, Money amount)
    {
        Preconditions.CheckArgument(amount.Amount >= 0m, nameof(amount), $"Budget line '{item}' has a negative amount {amount}; amounts are zero or more.");
        Item = Preconditions.CheckNotBlank(item);
        Amount = amount;
    }

    /// <summary>What the money is for.</summary>
    public string Item { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }
}
