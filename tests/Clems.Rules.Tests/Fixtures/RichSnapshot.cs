using System.Collections.Immutable;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Fixtures;

/// A valid snapshot that exercises every rule: members in each standing, two working groups, initiatives that are
/// runnable or stopped by G9, G10 and G11 (alone and together), and three framework versions, one not yet in force.
internal static class RichSnapshot
{
    /// As-of dates that change the outcome: before and on the day a membership ends or starts, and when a framework changes.
    public static ImmutableArray<LocalDate> AsOfDates { get; } =
    [
        A.Date(2025, 1, 1), A.Date(2025, 12, 31), A.Date(2026, 1, 1), A.Date(2026, 3, 1), A.Date(2026, 6, 1),
    ];

    public static ClusterSnapshot Build() => A.Snapshot()
        .With(
            A.Member("org-a").Named("Alpha SRL").WithRepresentative("rep-ana", "Ana Pop"),
            A.Member("org-b").Named("Beta SA"),
            A.Member("org-c").Named("Gamma Tech"),
            A.Organization("org-d").Named("Delta Eco").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)),
            A.Organization("org-e").Named("Epsilon Lab").MemberBetween(A.Date(2026, 6, 1)),
            A.Organization("org-f").Named("Phi Water").MemberBetween(Dates.Joined, A.Date(2025, 6, 30)).SuspendedBetween(A.Date(2025, 7, 1), A.Date(2026, 12, 31)),
            A.NonMember("org-g").Named("Gaia Consult"),
            A.Organization("org-h").Named("Helios Energy").MemberBetween(A.Date(2024, 1, 1)).MemberBetween(Dates.Joined, A.Date(2021, 12, 31)))
        .With(A.WorkingGroup("wg-1", "org-c", "org-a", "org-b"), A.WorkingGroup("wg-2", "org-d", "org-c", "org-h"))
        .With(
            An.Initiative("i-ok").By("org-a").ProposedBy("rep-ana").ForBeneficiaries("org-b", "org-c").WithParticipants("org-h", "org-b")
                .WithActivities(
                    new Activity("Design", A.Date(2026, 4, 1), A.Date(2026, 5, 31)),
                    new Activity("Build", A.Date(2026, 6, 1), A.Date(2026, 9, 30)))
                .WithBudget(Ron(5_000m), Ron(7_000m), Ron(0.50m))
                .WithFundingSources(
                    new FundingSource(FundingKind.MemberContribution, Ron(6_000m), new OrganizationId("org-a")),
                    new FundingSource(FundingKind.PublicFunds, Ron(6_000.50m)),
                    new FundingSource(FundingKind.Other, Eur(300m))),
            An.Initiative("i-wg").ByWorkingGroup("wg-1", proposedBy: "rep-org-c").WithParticipants("org-a", "org-b")
                .WithBudget(Eur(2_000m), Eur(1_000m)).WithFunding(Eur(3_000m)),
            An.Initiative("i-wg-outsider").ByWorkingGroup("wg-2", proposedBy: "rep-org-b"),
            An.Initiative("i-wg-ex").ByWorkingGroup("wg-2", proposedBy: "rep-org-d").WithParticipants("org-c"),
            An.Initiative("i-outsiders").By("org-b").ForBeneficiaries("org-e", "org-d", "org-b").WithParticipants("org-g", "org-f", "org-d"),
            An.Initiative("i-g9").By("org-c").ProposedBy("rep-org-a"),
            An.Initiative("i-g11").By("org-h").WithoutActivities().WithBudget(Ron(9_000m), Ron(3_000m)).WithFunding(Eur(1_000m), Ron(8_000m), Eur(500m), Currency(4_000m)),
            An.Initiative("i-all").WithoutInitiator().WithoutRepresentative().ForBeneficiaries("org-g").WithoutActivities().WithoutBudget().WithoutFunding(),
            An.Initiative("i-late").By("org-e").WithParticipants("org-a"))
        .WithFrameworks(
            new FrameworkVersion(new FrameworkVersionId("2026.1"), A.Date(2025, 11, 15), A.Date(2026, 1, 1), new FrameworkParameters(4, 3)),
            new FrameworkVersion(new FrameworkVersionId("2020.1"), Dates.FrameworkAdopted, Dates.Joined),
            new FrameworkVersion(new FrameworkVersionId("2026.2"), A.Date(2026, 5, 1), A.Date(2026, 7, 1)))
        .Build()
        .WithServiceAndTenderCases();

    private static Money Currency(decimal amount) => new(amount, new Currency("HUF"));
}
