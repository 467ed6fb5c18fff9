using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>A member's interest in a place in a project (G16 a: the interest and involvement of its representatives).</summary>
public sealed class Interest
{
    /// <summary>Creates an interest.</summary>
    /// <param name="member">The interested organisation.</param>
    /// <param name="project">The project (initiative) it wants a place in.</param>
    /// <param name="shownAt">When the interest was shown.</param>
    /// <param name="representatives">How many representatives it would involve; zero or more.</param>
    /// <param name="personDays">The person-days it would involve; zero or more.</param>
    /// <exception cref="System.ArgumentOutOfRangeException">A count is negative.</exception>
    public Interest(OrganizationId member, InitiativeId project, Instant shownAt, int representatives = 0, decimal personDays = 0m)
    {
        Preconditions.CheckArgumentRange(representatives >= 0, nameof(representatives), representatives, "The number of representatives is zero or more.");
        Preconditions.CheckArgumentRange(CheckPersonDays(personDays, nameof(personDays)), personDays);
        Member = member;
        Project = project;
        ShownAt = shownAt;
        Representatives = representatives;
        PersonDays = personDays;
    }

    /// <summary>Checks an interest's person-days: the check the constructor makes, for a reader that reports the problem
    /// at its place instead of constructing the interest.</summary>
    /// <param name="personDays">The person-days the interest would involve.</param>
    /// <param name="path">Where the person-days are: their JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Allocation.negative-person-days</c>) at <paramref name="path"/>, or <see langword="null"/>
    /// when they are zero or more.</returns>
    public static ValidationProblem? CheckPersonDays(decimal personDays, string path)
        => personDays < 0m ? new(path, AllocationProblems.NegativePersonDays, "Person-days are zero or more.") : null;

    /// <summary>The interested organisation.</summary>
    public OrganizationId Member { get; }

    /// <summary>The project it wants a place in.</summary>
    public InitiativeId Project { get; }

    /// <summary>When the interest was shown.</summary>
    public Instant ShownAt { get; }

    /// <summary>How many representatives it would involve.</summary>
    public int Representatives { get; }

    /// <summary>The person-days it would involve.</summary>
    public decimal PersonDays { get; }
}
