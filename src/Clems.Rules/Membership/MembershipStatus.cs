namespace Clems.Rules.Membership;

/// <summary>The standing of a membership term within its dates.</summary>
public enum MembershipStatus
{
    /// <summary>The member has full rights between the term's dates.</summary>
    Active,

    /// <summary>The membership is suspended: within its dates the organisation does not count as an active member (G10).</summary>
    Suspended,
}
