using System.Collections.Immutable;
using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Tenders;

/// A (tender, profile) pair that shares a CPV prefix, found through the projection's prefix index (S11). Only pairs
/// that share a prefix become candidates, so the Rete network never joins notices with profiles; the candidates of a
/// notice reach the network together (<see cref="TenderCandidates"/>), and the alert rule tests the rest (country, value,
/// publication, deadline, membership) on each.
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

    /// Whether the notice is sent to the profile's member: an active member (G10), the notice's country in the profile,
    /// its value in the profile's range, published, and its deadline still open at the as-of instant (S11).
    public bool Alerted => Standing.IsActive && CountryMatches && ValueInRange && IsPublished && DeadlineOpen;

    public bool CountryMatches => Profile.Countries.Contains(Tender.Country);

    /// Same currency and min ≤ value ≤ max; a value in another currency never matches (no exchange rate).
    public bool ValueInRange
        => Tender.EstimatedValue.Currency == Profile.MinValue.Currency
            && Tender.EstimatedValue.Amount >= Profile.MinValue.Amount
            && Tender.EstimatedValue.Amount <= Profile.MaxValue.Amount;

    public bool IsPublished => Tender.PublishedAt <= AsOfInstant;

    /// The deadline is still open when it is strictly after the as-of instant; a deadline exactly then has passed.
    public bool DeadlineOpen => Tender.Deadline.ToInstant() > AsOfInstant;

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
