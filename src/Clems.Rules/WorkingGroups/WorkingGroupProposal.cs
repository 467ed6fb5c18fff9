using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Engine;
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
        Preconditions.CheckArgument(CheckProposers(proposers, nameof(proposedBy)));
        Preconditions.CheckArgument(CheckDates(proposedOn, effectiveFrom, nameof(effectiveFrom)));
        Preconditions.CheckArgument(CheckNewObjective(kind, newObjective, nameof(newObjective)));
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

    /// <summary>Checks a proposal's proposers: at least one (G5: proposals are made by members), each once. The check the
    /// constructor makes, for a reader that reports the problems at their place instead of constructing the proposal.</summary>
    /// <param name="proposedBy">The proposing organisations, in order.</param>
    /// <param name="path">Where the list is: its JSON path, or a parameter's name; a repeated proposer is reported at its
    /// index (<c>path[k]</c>).</param>
    /// <returns>Every problem (<c>WorkingGroups.no-proposer</c>, <c>List.duplicate</c>); none when the list is valid.</returns>
    /// <exception cref="System.ArgumentNullException"><paramref name="proposedBy"/> is null.</exception>
    public static IReadOnlyList<ValidationProblem> CheckProposers(IReadOnlyList<OrganizationId> proposedBy, string path)
    {
        Preconditions.CheckNotNull(proposedBy);
        var problems = new List<ValidationProblem>(0);
        if (proposedBy.Count == 0)
        {
            problems.Add(new(path, WorkingGroupsProblems.NoProposer, "A proposal needs at least one proposing organisation (G5: proposals are made by members); list their ids."));
        }

        var seen = new HashSet<OrganizationId>();
        for (var k = 0; k < proposedBy.Count; k++)
        {
            if (!seen.Add(proposedBy[k]))
            {
                problems.Add(new(Text.Inv($"{path}[{k}]"), CommonProblems.DuplicateListEntry, $"Organisation '{proposedBy[k]}' is listed twice; list each proposer once."));
            }
        }

        return problems;
    }

    /// <summary>Checks that a proposal does not take effect before it was made: the check the constructor makes, for a
    /// reader that reports the problem at its place instead of constructing the proposal.</summary>
    /// <param name="proposedOn">The date the proposal was made.</param>
    /// <param name="effectiveFrom">The first day it applies.</param>
    /// <param name="path">Where the effective date is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>WorkingGroups.effective-before-proposal</c>) at <paramref name="path"/>, or
    /// <see langword="null"/> when the dates are valid.</returns>
    public static ValidationProblem? CheckDates(LocalDate proposedOn, LocalDate effectiveFrom, string path)
        => effectiveFrom < proposedOn
            ? new(
                path,
                WorkingGroupsProblems.EffectiveBeforeProposal,
                $"The proposal takes effect on {Text.Date(effectiveFrom)}, before it was made on {Text.Date(proposedOn)}; fix the dates.")
            : null;

    /// <summary>Checks that a transformation names its new objective and a dissolution none: the check the constructor
    /// makes, for a reader that reports the problem at its place instead of constructing the proposal.</summary>
    /// <param name="kind">Dissolve or transform.</param>
    /// <param name="newObjective">The new objective, or <see langword="null"/> for none.</param>
    /// <param name="path">Where the new objective is: its JSON path, or a parameter's name.</param>
    /// <returns>The problem (<c>WorkingGroups.missing-new-objective</c> or <c>WorkingGroups.unexpected-new-objective</c>)
    /// at <paramref name="path"/>, or <see langword="null"/> when the objective fits the kind.</returns>
    public static ValidationProblem? CheckNewObjective(WorkingGroupProposalKind kind, string? newObjective, string path)
        => WorkingGroupsProblems.NeededExactlyWhen(
            kind == WorkingGroupProposalKind.Transform,
            newObjective,
            path,
            (WorkingGroupsProblems.MissingNewObjective, "A transformation names the group's 'newObjective'; add it or change the kind to dissolve."),
            (WorkingGroupsProblems.UnexpectedNewObjective, "Only a transformation carries a 'newObjective'; remove it or change the kind to transform."));

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
