using Clems.Rules.Tests.Fixtures;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Dates;

namespace Clems.Rules.Tests.Confidentiality;

/// The scenario both confidentiality rule tests use: members org-a, org-b (Beta) and org-c (Gamma), and org-a's
/// confidential initiative i-1 in which org-b and org-c are involved from <see cref="Involved"/> (G3).
internal static class ConfidentialityCases
{
    public static readonly Instant Involved = Instant(2026, 2, 1, 9);

    public static SnapshotBuilder Cluster(InitiativeBuilder initiative) => A.Snapshot()
        .With(A.Member("org-a"), A.Member("org-b").Named("Beta"), A.Member("org-c").Named("Gamma"))
        .With(initiative);

    public static InitiativeBuilder Secret() => An.Initiative("i-1").By("org-a").Confidential()
        .WithParticipant("org-b", Involved)
        .WithParticipant("org-c", Involved);
}
