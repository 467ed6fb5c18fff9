using System.Collections.Immutable;
using Clems.Rules.Allocation;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;
using static Clems.Rules.Tests.Fixtures.Amounts;
using static Clems.Rules.Tests.Fixtures.SnapshotBuilder;

namespace Clems.Rules.Tests.Fixtures;

/// A valid snapshot that exercises every rule: members in each standing, three working groups (one invalid) and
/// proposals about them, a confidential initiative with one timely and one late signature, initiatives that are
/// runnable or stopped by G9, G10 and G11 (alone and together), and three framework versions, one not yet in force.
internal static partial class RichSnapshot
{
    /// As-of dates that change the outcome: before and on the day a membership ends or starts, and when a framework changes.
    public static ImmutableArray<LocalDate> AsOfDates { get; } =
    [
        A.Date(2025, 1, 1), A.Date(2025, 12, 31), A.Date(2026, 1, 1), A.Date(2026, 3, 1), A.Date(2026, 6, 1),
    ];

    public static ClusterSnapshot Build() => A.Snapshot()
        .With(
            A.Member("org-a").Named("Alpha SRL").WithRepresentative("rep-ana", "Ana Pop").WithExpertise("sludge")
                .WithObjectives(Ron(10_000m), ThematicArea.W2Sludge),
            A.Member("org-b").Named("Beta SA"),
            A.Member("org-c").Named("Gamma Tech"),
            A.Organization("org-d").Named("Delta Eco").MemberBetween(Dates.Joined, A.Date(2025, 12, 31)),
            A.Organization("org-e").Named("Epsilon Lab").MemberBetween(A.Date(2026, 6, 1)),
            A.Organization("org-f").Named("Phi Water").MemberBetween(Dates.Joined, A.Date(2025, 6, 30)).SuspendedBetween(A.Date(2025, 7, 1), A.Date(2026, 12, 31)),
            A.NonMember("org-g").Named("Gaia Consult"),
            A.Organization("org-h").Named("Helios Energy").MemberBetween(A.Date(2024, 1, 1)).MemberBetween(Dates.Joined, A.Date(2021, 12, 31)))
        .With(
            A.WorkingGroup("wg-1", "org-c", "org-a", "org-b", "org-h"),
            A.WorkingGroup("wg-2", "org-d", "org-c", "org-h"),
            Group("wg-3", A.Date(2024, 6, 1), "org-d", "org-e", "org-g"))
        .With(
            Transform("wgp-refocus", "wg-1", "Recover phosphorus from sludge", A.Date(2025, 6, 1), A.Date(2025, 7, 1), "org-a", "org-c"),
            Dissolve("wgp-outsider", "wg-2", A.Date(2025, 6, 1), A.Date(2025, 7, 1), "org-a"))
        .With(
            Signature("i-secret", "org-b", Dates.Instant(2026, 1, 15)),
            Signature("i-secret", "org-c", Dates.Instant(2026, 2, 2)))
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
            An.Initiative("i-late").By("org-e").WithParticipants("org-a"),
            An.Initiative("i-integrated").By("org-b").OfKind(InitiativeKind.IntegratedProject).ForBeneficiaries("org-g"),
            An.Initiative("i-secret").By("org-a").Confidential()
                .WithParticipant("org-b", Dates.Instant(2026, 2, 1, 9))
                .WithParticipant("org-c", Dates.Instant(2026, 2, 1, 9)))
        .With(
            SaleOfInitiative("sa-ok", "org-a", "i-ok"),
            SaleOfProduct("sa-outsider", "org-g", "Filter", ["org-g"], ["org-d"]))
        .With(
            Bid("bid-ok", "Sludge plant", ["sludge"], "org-a"),
            Bid("bid-gap", "Soil study", ["soil", "sludge"], "org-a", "org-g"))
        .With(
            new Opportunity(new("opp-consortium"), "Horizon call", [ThematicArea.W2Sludge], requiresConsortium: true),
            new Opportunity(new("opp-solo"), "Local grant", [ThematicArea.W2Sludge], resourcesNeeded: Ron(10_000m)))
        .With(
            new ClusterRouteRequest(new("org-a"), new("opp-consortium")),
            new ClusterRouteRequest(new("org-a"), new("opp-solo")))
        .With(
            new ProjectPlaces(new InitiativeId("i-ok"), 2, competition: new CompetitionRules(
                [CompetitionCriterion.CommittedAmount, CompetitionCriterion.EarlierCommitment],
                Freeze,
                [Agreed("org-a"), Agreed("org-b"), Agreed("org-c"), Agreed("org-h")])),
            new ProjectPlaces(new InitiativeId("i-wg"), 1, competition: new CompetitionRules([], Freeze, [Agreed("org-a"), SnapshotBuilder.Agreement("org-b", Freeze)])),
            new ProjectPlaces(new InitiativeId("i-g9"), 3),
            new ProjectPlaces(new InitiativeId("i-late"), 1, requiresPreparationCommitment: true))
        .With(
            Wants("org-a", "i-ok", 1), Wants("org-b", "i-ok", 2), Wants("org-c", "i-ok", 3), Wants("org-h", "i-ok", 4), Wants("org-g", "i-ok", 5),
            Wants("org-a", "i-wg", 1), Wants("org-b", "i-wg", 2),
            Wants("org-a", "i-g9", 1),
            Wants("org-a", "i-late", 1), Wants("org-c", "i-late", 2))
        .With(
            ResourceCommitment.OfMoney(new OrganizationId("org-b"), new InitiativeId("i-ok"), CommitmentPhase.Preparation, Ron(500m), Freeze - Duration.FromDays(20)),
            ResourceCommitment.OfMoney(new OrganizationId("org-c"), new InitiativeId("i-ok"), CommitmentPhase.Implementation, Ron(2_000m), Freeze - Duration.FromDays(10)),
            ResourceCommitment.OfMoney(new OrganizationId("org-h"), new InitiativeId("i-ok"), CommitmentPhase.Implementation, Ron(2_000m), Freeze - Duration.FromDays(12)),
            ResourceCommitment.OfPersonDays(new OrganizationId("org-c"), new InitiativeId("i-late"), CommitmentPhase.Preparation, 10m, Freeze - Duration.FromDays(3)))
        .With(new MemberAllocationPreferences(new OrganizationId("org-a"), 1, [new InitiativeId("i-wg"), new InitiativeId("i-ok")]))
        .WithLotterySeed("rich-2026")
        .WithFrameworks(
            new FrameworkVersion(new FrameworkVersionId("2026.1"), A.Date(2025, 11, 15), A.Date(2026, 1, 1), new FrameworkParameters(4, 3)),
            new FrameworkVersion(new FrameworkVersionId("2020.1"), Dates.FrameworkAdopted, Dates.Joined),
            new FrameworkVersion(new FrameworkVersionId("2026.2"), A.Date(2026, 5, 1), A.Date(2026, 7, 1)))
        .WithServiceAndTenderCases()
        .Build();

    private static readonly Instant Freeze = Instant.FromUtc(2025, 12, 1, 0, 0);

    private static Money Currency(decimal amount) => new(amount, new Currency("HUF"));

    private static CompetitionAgreement Agreed(string member) => SnapshotBuilder.Agreement(member, Freeze - Duration.FromHours(1));

    private static Interest Wants(string member, string project, int order)
        => new(new OrganizationId(member), new InitiativeId(project), Freeze - Duration.FromDays(30 - order), 1, order);
}
