using System.Collections.Generic;
using Clems.Rules.Decisions;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Allocation;

/// One member's interest in one project, with its member's standing, its project and its commitments resolved,
/// so that eligibility is an alpha test and demand a GroupBy per project (no joins on ids).
internal sealed class InterestFact : IFactSource
{
    private string[]? _keyDisplay;

    public required Interest Interest { get; init; }

    /// The interest's position in the projection's order (project id, then member id): an index into flat arrays.
    public required int Index { get; init; }

    /// The member's position among all organisations by id (the key's last column, for a lottery collision).
    public required int MemberOrdinal { get; init; }

    public required MemberStanding Standing { get; init; }

    public required ProjectFact Project { get; init; }

    public required DecisionSubject Subject { get; init; }

    /// Whether the member committed resources to this project in the preparation phase (G8).
    public required bool PreparationCommitted { get; init; }

    /// The money the member committed to this project (any phase), in the project's commitment currency; null when none.
    public required Money? CommittedAmount { get; init; }

    /// The instant of the member's first commitment to this project; null when none.
    public required Instant? FirstCommitmentAt { get; init; }

    /// Whether the project's initiative is confidential, so that taking a place needs its agreement signed (G3).
    public required bool ConfidentialityRequired { get; init; }

    /// Whether the member signed the initiative's confidentiality agreement.
    public required bool SignedAgreement { get; init; }

    /// Whether the member already participates and is blocked under G3 (signed late, or not at all).
    public required bool BlockedUnderConfidentiality { get; init; }

    /// The person-days the interest declares plus those committed.
    public required decimal PersonDays { get; init; }

    /// The interest's lottery ticket, drawn when its key is packed (G16; zero until then, and without a seed).
    internal ulong Ticket { get; set; }

    /// The competition key for people (one value per criterion of the project's key, then the member id), written when
    /// first read: by the key table of the report and the explanations, which share it.
    internal string[] KeyDisplay => _keyDisplay ??= CompetitionKey.Describe(this);

    public IEnumerable<FactReference> References => SubjectFacts(withProject: false);

    /// The facts a decision about this interest names: the interest, its member (and membership term), and optionally
    /// its project — built directly, as there is one such decision per interest.
    internal FactReference[] SubjectFacts(bool withProject)
    {
        var member = Standing.ReferenceArray;
        var facts = new FactReference[1 + member.Length + (withProject ? 1 : 0)];
        facts[0] = new FactReference(FactKind.Interest, Subject.Id);
        member.CopyTo(facts, 1);
        if (withProject)
        {
            facts[^1] = Project.Reference;
        }

        return facts;
    }
}
