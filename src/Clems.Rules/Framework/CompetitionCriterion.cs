namespace Clems.Rules.Framework;

/// <summary>A criterion of a project's internal competition (G16), from the registry of criteria participants may agree on.</summary>
/// <remarks>
/// A competition's key always starts with <see cref="PreparationCommitment"/> (G8) and always ends with
/// <see cref="Lottery"/>; the criteria in between are those the participants agreed.
/// </remarks>
public enum CompetitionCriterion
{
    /// <summary>Members who committed resources in the preparation phase come first (G8).</summary>
    PreparationCommitment,

    /// <summary>A larger committed amount ranks higher.</summary>
    CommittedAmount,

    /// <summary>An earlier commitment instant ranks higher.</summary>
    EarlierCommitment,

    /// <summary>A larger declared involvement (person-days) ranks higher.</summary>
    Involvement,

    /// <summary>A longer continuous membership ranks higher.</summary>
    MembershipSeniority,

    /// <summary>The published lottery draw ends every tie (G1, G16).</summary>
    Lottery,
}
