using Clems.Rules.Engine;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>Resources a member commits to a project, in money or person-days (G8, G16 b).</summary>
public sealed class ResourceCommitment
{
    /// <summary>Creates a commitment of money.</summary>
    /// <param name="member">The committing organisation.</param>
    /// <param name="project">The project.</param>
    /// <param name="phase">Preparation or implementation.</param>
    /// <param name="amount">The amount; more than zero.</param>
    /// <param name="at">When the commitment was made.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The amount is not positive.</exception>
    public static ResourceCommitment OfMoney(OrganizationId member, InitiativeId project, CommitmentPhase phase, Money amount, Instant at)
    {
        Preconditions.CheckArgumentRange(CheckAmount(amount, nameof(amount)), amount);
        return new ResourceCommitment(member, project, phase, amount, null, at);
    }

    /// <summary>Creates a commitment of person-days.</summary>
    /// <param name="member">The committing organisation.</param>
    /// <param name="project">The project.</param>
    /// <param name="phase">Preparation or implementation.</param>
    /// <param name="personDays">The person-days; more than zero.</param>
    /// <param name="at">When the commitment was made.</param>
    /// <returns>The commitment.</returns>
    /// <exception cref="System.ArgumentOutOfRangeException">The person-days are not positive.</exception>
    public static ResourceCommitment OfPersonDays(OrganizationId member, InitiativeId project, CommitmentPhase phase, decimal personDays, Instant at)
    {
        Preconditions.CheckArgumentRange(CheckPersonDays(personDays, nameof(personDays)), personDays);
        return new ResourceCommitment(member, project, phase, null, personDays, at);
    }

    /// <summary>Checks the amount of a commitment of money: the check <see cref="OfMoney"/> makes, for a reader that
    /// reports the problem at its place instead of constructing the commitment.</summary>
    /// <param name="amount">The amount committed.</param>
    /// <param name="path">Where the amount is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Allocation.non-positive-commitment</c>) at <paramref name="path"/>, or
    /// <see langword="null"/> when the amount is more than zero.</returns>
    public static ValidationProblem? CheckAmount(Money amount, string path)
        => amount.Amount <= 0m ? new(path, AllocationProblems.NonPositiveCommitment, "A commitment is of a positive amount.") : null;

    /// <summary>Checks the person-days of a commitment: the check <see cref="OfPersonDays"/> makes, for a reader that
    /// reports the problem at its place instead of constructing the commitment.</summary>
    /// <param name="personDays">The person-days committed.</param>
    /// <param name="path">Where the person-days are: their JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>Allocation.non-positive-commitment</c>) at <paramref name="path"/>, or
    /// <see langword="null"/> when they are more than zero.</returns>
    public static ValidationProblem? CheckPersonDays(decimal personDays, string path)
        => personDays <= 0m ? new(path, AllocationProblems.NonPositiveCommitment, "A commitment is of a positive number of person-days.") : null;

    private ResourceCommitment(OrganizationId member, InitiativeId project, CommitmentPhase phase, Money? amount, decimal? personDays, Instant at)
    {
        Member = member;
        Project = project;
        Phase = phase;
        Amount = amount;
        PersonDays = personDays;
        At = at;
    }

    /// <summary>The committing organisation.</summary>
    public OrganizationId Member { get; }

    /// <summary>The project.</summary>
    public InitiativeId Project { get; }

    /// <summary>Preparation or implementation.</summary>
    public CommitmentPhase Phase { get; }

    /// <summary>The money committed; <see langword="null"/> for a commitment of person-days.</summary>
    public Money? Amount { get; }

    /// <summary>The person-days committed; <see langword="null"/> for a commitment of money.</summary>
    public decimal? PersonDays { get; }

    /// <summary>When the commitment was made.</summary>
    public Instant At { get; }
}
