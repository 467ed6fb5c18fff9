using System.Collections.Immutable;
using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Tenders;

/// A (tender, profile) pair that shares a CPV prefix, found through the projection's prefix index (S11). Only pairs
/// that share a prefix become candidates, so the Rete network never joins notices with profiles; the candidates of a
/// notice reach the network together (<see cref="TenderCandidates"/>), and the alert rule tests each part of the clause
/// on each (<see cref="TenderClauses"/>).
internal sealed class TenderMatchCandidate : IFactSource
{
    public required TenderNotice Tender { get; init; }

    public required TenderProfile Profile { get; init; }

    public required MemberStanding Standing { get; init; }

    /// The longest of the profile's prefixes that one of the tender's codes starts with.
    public required CpvPrefix Prefix { get; init; }

    /// The ordinally smallest of the tender's codes that <see cref="Prefix"/> matches.
    public required CpvCode Code { get; init; }

    /// The start of the as-of date in Europe/Bucharest.
    public required Instant AsOfInstant { get; init; }

    /// The alert's subject (tender id / organisation id), made for the candidates that are alerted only.
    public DecisionSubject Subject => DecisionSubject.TenderAlert(Tender.Id, Profile.Organization);

    public IEnumerable<FactReference> References
    {
        get
        {
            yield return new FactReference(FactKind.Tender, Tender.Id.Value);
            yield return new FactReference(FactKind.TenderProfile, Profile.Organization.Value);
            foreach (var reference in Standing.References)
            {
                yield return reference;
            }
        }
    }
}

/// A tender notice with every profile that shares a CPV prefix with it, in organisation id order: the alert rule fires
/// once per notice (design.md: fire per group), not once per candidate pair.
internal sealed record TenderCandidates(TenderNotice Tender, ImmutableArray<TenderMatchCandidate> Candidates);
