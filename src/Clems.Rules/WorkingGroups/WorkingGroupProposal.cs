using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.WorkingGroups;

/// <summary>A proposal by member organisations to dissolve a working group or to transform it with a new objective (G5).</summary>
/// <remarks>
/// A proposal is valid only when every proposer is a member of the group and an active member of CLEMS on
/// <see cref="ProposedOn"/>. A valid transformation replaces the group's objective from <see cref="EffectiveFrom"/>
/// (earlier objectives stay in the group's history); a valid dissolution ends the group from that date.
/// The proposal date is a calendar date, like membership terms, so that standings are compared without a time zone.
/// </remarks>
public sealed class WorkingGroupProposal
{
    /// <summary>Creates a proposal.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="group">The working group the proposal is about.</param>
    /// <param name="kind">Dissolve or transform.</param>
    /// <param name="proposedBy">The proposing organisations: at least one, each once.</param>
    /// <param name="proposedOn">The date the proposal was made.</param>
    /// <param name="effectiveFrom">The first day the dissolution or the new objective applies; not before <paramref name="proposedOn"/>.</param>
    /// <param name="newObjective">The new objective of a transformation; must be null for a dissolution.</param>
    /// <exception cref="System.ArgumentException">
    /// No proposer, an organisation listed twice, an effective date before the proposal, a transformation without a new
    /// objective or a dissolution with one.
    /// </exception>
    public WorkingGroupProposal(
        WorkingGroupProposalId id,
        WorkingGroupId group,
        WorkingGroupProposalKind kind,
        IEnumerable<OrganizationId> proposedBy,
        LocalDate proposedOn,
        LocalDate effectiveFrom,
        string? newObjective = null)
    {
        var proposers = Preconditions.CheckItems(proposedBy);
        Preconditions.CheckArgument(!proposers.IsEmpty, nameof(proposedBy), $"Proposal {id} names no proposing organisation; G5 needs a proposal by members.");
        Preconditions.CheckArgument(
            proposers.ToImmutableHashSet().Count == proposers.Length,
            nameof(proposedBy),
            $"Proposal {id} lists an organisation twice; list each proposer once.");
        Preconditions.CheckArgument(
            effectiveFrom >= proposedOn,
            nameof(effectiveFrom),
            $"Proposal {id} cannot take effect on {effectiveFrom}, before it was proposed on {proposedOn}.");
        Preconditions.CheckArgument(
            kind == WorkingGroupProposalKind.Transform ? !string.IsNullOrWhiteSpace(newObjective) : newObjective is null,
            nameof(newObjective),
            kind == WorkingGroupProposalKind.Transform
                ? $"Proposal {id} transforms working group {group} and needs the new objective."
                : $"Proposal {id} dissolves working group {group}; only a transformation carries a new objective.");
        Preconditions.CheckArgumentRange(
            kind is WorkingGroupProposalKind.Dissolve or WorkingGroupProposalKind.Transform,
            nameof(kind),
            kind,
            "A proposal dissolves or transforms a working group.");
        Id = id;
        Group = group;
        Kind = kind;
        ProposedBy = proposers;
        ProposedOn = proposedOn;
        EffectiveFrom = effectiveFrom;
        NewObjective = newObjective;
    }

    /// <summary>The identifier, unique across the snapshot.</summary>
    public WorkingGroupProposalId Id { get; }

    /// <summary>The working group the proposal is about.</summary>
    public WorkingGroupId Group { get; }

    /// <summary>Dissolve or transform.</summary>
    public WorkingGroupProposalKind Kind { get; }

    /// <summary>The proposing organisations.</summary>
    public ImmutableArray<OrganizationId> ProposedBy { get; }

    /// <summary>The date the proposal was made; the proposers' standings are resolved on it.</summary>
    public LocalDate ProposedOn { get; }

    /// <summary>The first day the dissolution or the new objective applies.</summary>
    public LocalDate EffectiveFrom { get; }

    /// <summary>The new objective of a transformation; <see langword="null"/> for a dissolution.</summary>
    public string? NewObjective { get; }
}
