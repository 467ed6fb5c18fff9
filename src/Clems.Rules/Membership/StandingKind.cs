namespace Clems.Rules.Membership;

/// Where an organisation stands with CLEMS on the as-of date (G10).
internal enum StandingKind
{
    Active,
    Suspended,
    NotYetStarted,
    Ended,
    NeverMember,
}
