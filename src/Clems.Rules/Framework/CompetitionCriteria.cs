using System.Collections.Generic;
using Clems.Rules.Engine;

namespace Clems.Rules.Framework;

/// <summary>The rule every list of competition criteria follows (G8, G16): a framework's default criteria and a project's
/// own agreed criteria alike.</summary>
/// <remarks>Every key starts with <see cref="CompetitionCriterion.PreparationCommitment"/> and ends with
/// <see cref="CompetitionCriterion.Lottery"/>, so a list names only the criteria in between, each once.</remarks>
public static class CompetitionCriteria
{
    /// <summary>Checks a list of criteria: the check <see cref="FrameworkParameters"/> and
    /// <see cref="Allocation.CompetitionRules"/> make, for a reader that reports the problems at their place instead of
    /// constructing either.</summary>
    /// <param name="criteria">The criteria, in order.</param>
    /// <param name="path">Where the list is: its JSON path, or a parameter's name.</param>
    /// <returns>Every problem at <paramref name="path"/> (<c>Framework.reserved-criterion</c>, <c>List.duplicate</c>);
    /// none when the list is valid.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="criteria"/> is null.</exception>
    public static IReadOnlyList<ValidationProblem> Check(IReadOnlyList<CompetitionCriterion> criteria, string path)
    {
        Utility.Preconditions.CheckNotNull(criteria);
        var problems = new List<ValidationProblem>(0);
        var seen = new HashSet<CompetitionCriterion>();
        var reserved = false;
        var repeated = false;
        foreach (var criterion in criteria)
        {
            reserved |= criterion is CompetitionCriterion.PreparationCommitment or CompetitionCriterion.Lottery;
            repeated |= !seen.Add(criterion);
        }

        if (reserved)
        {
            problems.Add(new(
                path,
                FrameworkProblems.ReservedCriterion,
                "The preparation commitment always comes first and the lottery always last; list only the criteria in between."));
        }

        if (repeated)
        {
            problems.Add(new(path, CommonProblems.DuplicateListEntry, "A competition criterion is listed twice; list each once."));
        }

        return problems;
    }
}
