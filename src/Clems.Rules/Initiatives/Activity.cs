using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Initiatives;

/// <summary>One activity of an initiative's action plan (G11), with its dates.</summary>
public sealed class Activity
{
    /// <summary>Creates an activity.</summary>
    /// <param name="name">What is done.</param>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day, on or after <paramref name="start"/>.</param>
    /// <exception cref="System.ArgumentException">The name is blank or the activity ends before it starts.</exception>
    public Activity(string name, LocalDate start, LocalDate end)
    {
        Preconditions.CheckArgument(CheckDates(start, end, nameof(end)));
        Name = Preconditions.CheckNotBlank(name);
        Dates = new DateInterval(start, end);
    }

    /// <summary>Checks that an activity does not end before it starts: the check the constructor makes, for a reader that
    /// reports the problem at its place instead of constructing the activity.</summary>
    /// <param name="start">The first day.</param>
    /// <param name="end">The last day.</param>
    /// <param name="path">Where the end is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Initiatives.ends-before-start</c>) at <paramref name="path"/>, or <see langword="null"/>
    /// when the dates are valid.</returns>
    public static ValidationProblem? CheckDates(LocalDate start, LocalDate end, string path)
        => end < start
            ? new(path, InitiativesProblems.EndsBeforeStart, $"The activity ends on {Text.Date(end)} before it starts on {Text.Date(start)}; fix the dates.")
            : null;

    /// <summary>What is done.</summary>
    public string Name { get; }

    /// <summary>The activity's dates, both inclusive.</summary>
    public DateInterval Dates { get; }
}
