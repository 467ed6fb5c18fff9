namespace Clems.Rules.Allocation;

/// The codes of the allocation area's input problems (docs/scenario-format.md, "Problems").
internal static class AllocationProblems
{
    /// Two projects give places for one initiative.
    internal const string DuplicateProject = "Allocation.duplicate-project";

    /// A member shows interest in one project twice.
    internal const string DuplicateInterest = "Allocation.duplicate-interest";

    /// An interest declares a negative number of person-days.
    internal const string NegativePersonDays = "Allocation.negative-person-days";

    /// A commitment is of zero or a negative amount or number of person-days.
    internal const string NonPositiveCommitment = "Allocation.non-positive-commitment";

    /// Commitments to one project are in different currencies.
    internal const string MixedCommitmentCurrencies = "Allocation.mixed-commitment-currencies";

    /// A member has two preferences entries.
    internal const string DuplicatePreferences = "Allocation.duplicate-preferences";

    /// A member ranks a project it shows no interest in.
    internal const string RankingWithoutInterest = "Allocation.ranking-without-interest";

    /// A member committed in several currencies to projects it does not rank, so the default order cannot compare them.
    internal const string UnrankedMixedCurrencies = "Allocation.unranked-mixed-currencies";

    /// The lottery must decide a tie at a project's cutoff, but the scenario publishes no lottery seed (G16).
    internal const string MissingLotterySeed = "Allocation.missing-lottery-seed";

    /// An agreement's rules hash or a seed commitment's hash is not 64 lower-case hex digits.
    internal const string InvalidSha256 = "Allocation.invalid-sha256";

    /// A round's seed commitment does not match the SHA-256 of the published lottery seed (G16).
    internal const string SeedCommitmentMismatch = "Allocation.seed-commitment-mismatch";

    /// A round's seed commitment was published at or after the round's freeze (G16).
    internal const string SeedCommittedAfterFreeze = "Allocation.seed-committed-after-freeze";
}
