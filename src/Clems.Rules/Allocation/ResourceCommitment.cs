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
        Preconditions.CheckArgumentRange(amount.Amount > 0m, nameof(amount), amount, "A commitment is of a positive amount.");
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
        Preconditions.CheckArgumentRange(personDays > 0m, nameof(personDays), personDays, "A commitment is of a positive number of person-days.");
        return new ResourceCommitment(member, project, phase, null, personDays, at);
    }

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
