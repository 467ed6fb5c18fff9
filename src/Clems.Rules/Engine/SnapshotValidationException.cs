using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.Globalization;
using System.Linq;

namespace Clems.Rules.Engine;

/// <summary>Thrown when an input cannot be evaluated; lists every problem found, each with its path.</summary>
/// <remarks>Nothing is evaluated from an input that failed: no partial report is ever returned.</remarks>
public sealed class SnapshotValidationException : Exception
{
    /// <summary>Creates the exception from the problems found.</summary>
    /// <param name="problems">At least one problem.</param>
    /// <exception cref="ArgumentException">No problem is given.</exception>
    public SnapshotValidationException(IEnumerable<ValidationProblem> problems)
        : this(Freeze(problems))
    {
    }

    private SnapshotValidationException(ImmutableArray<ValidationProblem> problems)
        : base(Describe(problems))
    {
        Problems = problems;
    }

    /// <summary>Every problem found, collection by collection in the order they were checked.</summary>
    public ImmutableArray<ValidationProblem> Problems { get; }

    private static ImmutableArray<ValidationProblem> Freeze(IEnumerable<ValidationProblem> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        var array = problems.ToImmutableArray();
        if (array.IsEmpty)
        {
            throw new ArgumentException("A validation exception needs at least one problem.", nameof(problems));
        }

        return array;
    }

    private static string Describe(ImmutableArray<ValidationProblem> problems)
        => string.Create(CultureInfo.InvariantCulture, $"The input is invalid ({problems.Length} problem{(problems.Length == 1 ? "" : "s")}):")
            + string.Concat(problems.Select(p => Environment.NewLine + "  " + p));
}
