namespace Clems.Rules.Membership;

internal static class MembershipReasons { internal static string NotActiveCode(MemberStanding standing) => "G10." + standing.ReasonCode; }
