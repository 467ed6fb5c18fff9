using Clems.Rules.Engine;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Membership;

/// <summary>A period during which an organisation is a member of CLEMS: from a date, to a date or open-ended.</summary>
/// <remarks>Both ends are inclusive: a term ending on 2025-12-31 still counts on that day and no longer on 2026-01-01.</remarks>
public sealed class MembershipTerm
{
    /// <summary>Creates a membership term.</summary>
    /// <param name="organization">The member organisation.</param>
    /// <param name="start">The first day of membership.</param>
    /// <param name="end">The last day of membership, or <see langword="null"/> for an open-ended term.</param>
    /// <param name="status">Active, or suspended within its dates.</param>
    /// <exception cref="System.ArgumentException"><paramref name="end"/> is before <paramref name="start"/>.</exception>
    public MembershipTerm(OrganizationId organization, LocalDate start, LocalDate? end = null, MembershipStatus status = MembershipStatus.Active)
    {
        Preconditions.CheckArgument(CheckDates(organization, start, end, nameof(end)));
        Organization = organization;
        Start = start;
        End = end;
        Status = status;
    }

    /// <summary>The member organisation.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The first day of membership.</summary>
    public LocalDate Start { get; }

    /// <summary>The last day of membership, or <see langword="null"/> when the term is open-ended.</summary>
    public LocalDate? End { get; }

    /// <summary>Whether the term is active or suspended within its dates.</summary>
    public MembershipStatus Status { get; }

    /// <summary>The term as a closed interval, or <see langword="null"/> when it is open-ended.</summary>
    public DateInterval? Interval => End is { } end ? new DateInterval(Start, end) : null;

    /// <summary>Checks that a membership does not end before it starts: the check the constructor makes, for a reader
    /// that reports the problem at its place instead of constructing the term.</summary>
    /// <param name="organization">The member organisation, named in the sentence; <see langword="null"/> when it is not
    /// known (a document whose id could not be read).</param>
    /// <param name="start">The first day of membership.</param>
    /// <param name="end">The last day, or <see langword="null"/> for an open-ended term.</param>
    /// <param name="path">Where the end is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Membership.ends-before-start</c>) at <paramref name="path"/>, or <see langword="null"/> when
    /// the dates are valid.</returns>
    public static ValidationProblem? CheckDates(OrganizationId? organization, LocalDate start, LocalDate? end, string path)
        => end is { } last && last < start
            ? new(
                path,
                MembershipProblems.EndsBeforeStart,
                $"The membership{(organization is { } id ? $" of '{id}'" : string.Empty)} ends on {Text.Date(last)} before it starts on {Text.Date(start)}; fix the dates or remove the end for an open-ended membership.")
            : null;

    /// <summary>Tells whether <paramref name="date"/> falls within the term's dates (whatever its status).</summary>
    /// <param name="date">The date to test.</param>
    /// <returns><see langword="true"/> when <c>Start ≤ date ≤ End</c> (or no end).</returns>
    public bool Covers(LocalDate date) => date >= Start && (End is null || date <= End.Value);
}
