using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Utility;

namespace Clems.Rules.Framework;

/// <summary>The policy parameters a framework version sets (G1), each with its default.</summary>
public sealed class FrameworkParameters
{
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
        Preconditions.CheckArgument(
            !criteria.Contains(CompetitionCriterion.PreparationCommitment) && !criteria.Contains(CompetitionCriterion.Lottery),
            nameof(defaultCompetitionCriteria),
            "The preparation commitment always comes first and the lottery always last; list only the criteria in between.");
        Preconditions.CheckArgument(
            criteria.Distinct().Count() == criteria.Length,
            nameof(defaultCompetitionCriteria),
            "A competition criterion is listed twice; list each once.");
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

    /// <summary>The competition criteria used when a project's participants agreed on none (G8, G16).</summary>
    /// <value>Default: committed amount, then earlier commitment.</value>
    public ImmutableArray<CompetitionCriterion> DefaultCompetitionCriteria { get; }
}
