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
        Preconditions.CheckArgument(end >= start, nameof(end), $"Activity '{name}' cannot end on {end} before it starts on {start}.");
        Name = Preconditions.CheckNotBlank(name);
        Dates = new DateInterval(start, end);
    }

    /// <summary>What is done.</summary>
    public string Name { get; }

    /// <summary>The activity's dates, both inclusive.</summary>
    public DateInterval Dates { get; }
}
