namespace Clems.Rules.Allocation;

/// Where one interest ends after deferred acceptance.
internal enum InterestStatus : byte
{
    /// Never looked at (only before the run ends).
    Unset,

    /// The project holds it: admitted.
    Held,

    /// The project refused it: its key is worse than the project's cutoff.
    Rejected,

    /// The member's cap was filled by projects it ranked higher, so it never proposed here.
    NotReached,

    /// The rules found it ineligible; it never took part.
    Ineligible,
}
