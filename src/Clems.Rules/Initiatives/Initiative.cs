using System.Collections.Immutable;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Initiatives;

/// <summary>An initiative: an idea proposed by a member or a working group, which becomes a runnable project once G9–G11 hold.</summary>
/// <remarks>
/// Collections default to empty; setting one to a default <see cref="ImmutableArray{T}"/> or an array with a null element throws.
/// Missing initiator or representative are not construction errors: they are what rule G9 decides on.
/// </remarks>
public sealed class Initiative
{
    private readonly string _title = "";
    private readonly ImmutableArray<OrganizationId> _beneficiaries = [];
    private readonly ImmutableArray<Participant> _participants = [];
    private readonly ImmutableArray<Activity> _activities = [];
    private readonly ImmutableArray<BudgetLine> _budget = [];
    private readonly ImmutableArray<FundingSource> _funding = [];

    /// <summary>The identifier, unique across the snapshot.</summary>
    public required InitiativeId Id { get; init; }

    /// <summary>The initiative's title.</summary>
    /// <exception cref="System.ArgumentException">The title is blank.</exception>
    public required string Title { get => _title; init => _title = Preconditions.CheckNotBlank(value); }

    /// <summary>The initiating member or working group (G9); <see langword="null"/> when none is named.</summary>
    public Initiator? Initiator { get; init; }

    /// <summary>The representative who proposes the initiative on the initiator's behalf (G9).</summary>
    public RepresentativeId? ProposedBy { get; init; }

    /// <summary>The organisations that benefit directly (G10: members only).</summary>
    public ImmutableArray<OrganizationId> Beneficiaries { get => _beneficiaries; init => _beneficiaries = Preconditions.CheckItems(value); }

    /// <summary>The organisations that take part (G10: members only).</summary>
    public ImmutableArray<Participant> Participants { get => _participants; init => _participants = Preconditions.CheckItems(value); }

    /// <summary>The action plan: the activities with their dates (G11).</summary>
    public ImmutableArray<Activity> Activities { get => _activities; init => _activities = Preconditions.CheckItems(value); }

    /// <summary>The budget lines, all in one currency (G11).</summary>
    public ImmutableArray<BudgetLine> Budget { get => _budget; init => _budget = Preconditions.CheckItems(value); }

    /// <summary>The funding sources that mobilise the budget (G11).</summary>
    public ImmutableArray<FundingSource> Funding { get => _funding; init => _funding = Preconditions.CheckItems(value); }

    /// <summary>Whether the initiative handles confidential information (G3: agreements before involvement).</summary>
    public bool Confidential { get; init; }

    /// <summary>The kind of initiative (G14).</summary>
    /// <value>Default <see cref="InitiativeKind.Other"/>.</value>
    public InitiativeKind Kind { get; init; }

    /// <summary>The instant the initiative became ready to run (its action plan and funding complete); the executive
    /// team's queue breaks ties in committed resources by the earlier instant (G12).</summary>
    /// <value>Default <see langword="null"/>: unknown, which queues after every initiative with a known instant.</value>
    public Instant? ReadyAt { get; init; }
}
