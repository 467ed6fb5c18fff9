using System.Collections.Generic;
using System.Collections.Immutable;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;

namespace Clems.Rules.SalesAgency;

/// A sales-agency request (G13) with the item's initiators and funders resolved to their standings on the as-of date.
internal sealed class SalesAgencyRequestFact : IFactSource
{
    public required SalesAgencyRequest Request { get; init; }

    public required DecisionSubject Subject { get; init; }

    public required MemberStanding Requester { get; init; }

    /// The item for people: "initiative i-1 (Title)" or "product or service \"Name\"".
    public required string Item { get; init; }

    /// How the initiators were found, for people (e.g. "the members of working group wg-1"); null when listed directly.
    public string? InitiatorsSource { get; init; }

    /// The initiators by organisation id.
    public required ImmutableArray<MemberStanding> Initiators { get; init; }

    /// The funders by organisation id, each with its member contribution when the item is an initiative.
    public required ImmutableArray<SalesAgencyFunder> Funders { get; init; }

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.SalesAgencyRequest, Request.Id.Value);
            yield return new FactReference(FactKind.Organization, Request.RequestedBy.Value);
            if (Request.Item.Initiative is { } initiative)
            {
                yield return new FactReference(FactKind.Initiative, initiative.Value);
            }
        }
    }
}

/// One funder of a sales-agency item: its standing and, for an initiative, its member contribution.
internal sealed record SalesAgencyFunder(MemberStanding Standing, Money? Contribution);
