using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// Entry points for test data: <c>A.Snapshot()</c>, <c>A.Member("org-a")</c>, <c>A.NonMember("org-x")</c>,
/// <c>A.WorkingGroup("wg-1", "org-a", "org-b", "org-c")</c>.
internal static class A
{
    /// An organisation that has been an active member since <see cref="Dates.Joined"/>, open-ended.
    public static OrganizationBuilder Member(string id) => new OrganizationBuilder(id).MemberBetween(Dates.Joined);

    /// An organisation with no membership term at all.
    public static OrganizationBuilder NonMember(string id) => new(id);

    /// An organisation whose membership terms the test sets (<c>MemberBetween</c>, <c>SuspendedBetween</c>).
    public static OrganizationBuilder Organization(string id) => new(id);

    public static SnapshotBuilder Snapshot() => new();

    /// A group formed on <see cref="Dates.Joined"/>; <see cref="SnapshotBuilder.Group"/> chooses the date.
    public static WorkingGroup WorkingGroup(string id, params string[] members) => SnapshotBuilder.Group(id, Dates.Joined, members);

    public static LocalDate Date(int year, int month, int day) => new(year, month, day);
}
