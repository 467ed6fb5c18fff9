using System.Collections.Generic;
using System.Collections.Immutable;
using System.Linq;
using Clems.Rules.Membership;
using Clems.Rules.Utility;

namespace Clems.Rules.InternalBids;

/// <summary>A project CLEMS could bid for internally with its members' expertise (G14).</summary>
public sealed class InternalBid
{
    /// <summary>Creates an internal bid.</summary>
    /// <param name="id">The identifier, unique across the snapshot.</param>
    /// <param name="title">The bid's title; not blank.</param>
    /// <param name="requiredExpertise">The expertise tags the bid needs, compared exactly with the organisations' tags.</param>
    /// <param name="interestedMembers">The organisations interested in taking part.</param>
    /// <exception cref="System.ArgumentException">The title is blank, a tag is not an identifier, or a collection is null.</exception>
    public InternalBid(InternalBidId id, string title, IEnumerable<string> requiredExpertise, IEnumerable<OrganizationId> interestedMembers)
    {
        Id = id;
        Title = Preconditions.CheckNotBlank(title);
        RequiredExpertise = [.. Preconditions.CheckItems(requiredExpertise).Select(tag => Identifier.Check(tag, "expertise tag"))];
        InterestedMembers = Preconditions.CheckItems(interestedMembers);
    }

    /// <summary>The identifier.</summary>
    public InternalBidId Id { get; }

    /// <summary>The bid's title.</summary>
    public string Title { get; }

    /// <summary>The expertise tags the bid needs.</summary>
    public ImmutableArray<string> RequiredExpertise { get; }

    /// <summary>The organisations interested in taking part; only active members count (G10, G14).</summary>
    public ImmutableArray<OrganizationId> InterestedMembers { get; }
}
