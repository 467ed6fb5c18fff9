using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.Initiatives;

/// <summary>A source of money for an initiative (G11: funding must cover the budget).</summary>
public sealed class FundingSource
{
    /// <summary>Creates a funding source.</summary>
    /// <param name="kind">Member contribution, public funds or other.</param>
    /// <param name="amount">The amount; zero or more.</param>
    /// <param name="contributor">The contributing organisation; required for a member contribution, optional otherwise.</param>
    /// <param name="description">What the source is, for people (e.g. the programme's name).</param>
    /// <exception cref="System.ArgumentException">The amount is negative, or a member contribution names no contributor.</exception>
    public FundingSource(FundingKind kind, Money amount, OrganizationId? contributor = null, string? description = null)
    {
        Preconditions.CheckArgument(amount.Amount >= 0m, nameof(amount), $"A funding source of {amount} is negative; amounts are zero or more.");
        Preconditions.CheckArgument(
            kind != FundingKind.MemberContribution || contributor is not null,
            nameof(contributor),
            "A member contribution names the contributing organisation.");
        Kind = kind;
        Amount = amount;
        Contributor = contributor;
        Description = description;
    }

    /// <summary>Where the money comes from.</summary>
    public FundingKind Kind { get; }

    /// <summary>The amount.</summary>
    public Money Amount { get; }

    /// <summary>The contributing organisation, if named.</summary>
    public OrganizationId? Contributor { get; }

    /// <summary>A description for people, if given.</summary>
    public string? Description { get; }
}
