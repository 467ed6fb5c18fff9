using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;

namespace Clems.Rules.Benchmarks;

/// A realistic ten-organisation CLEMS cluster built in code: two framework versions, nine members (one whose
/// membership ended, one suspended) and an outside organisation, two working groups, and eight initiatives that
/// between them reach every outcome of the G1, G9, G10 and G11 rules.
/// Stands in for docs/examples/clems-cluster.json until the scenario reader and that example land; then the
/// benchmark loads the JSON instead (see docs/benchmarks.md).
internal static class BundledExample
{
    internal static readonly LocalDate AsOf = new(2026, 3, 1);

    internal static (ClusterSnapshot Snapshot, LocalDate AsOf) Create()
    {
        var since = new LocalDate(2021, 5, 10);
        var organizations = new[]
        {
            Org("apa-nova", "Apa Nova Dunarea SRL", OrganizationKind.Company, "rep-ioana", "Ioana Popescu"),
            Org("ecosludge", "EcoSludge Tech SA", OrganizationKind.Company, "rep-mihai", "Mihai Ionescu"),
            Org("upb", "Universitatea Politehnica", OrganizationKind.University, "rep-elena", "Elena Dumitru"),
            Org("icpe", "ICPE Research Institute", OrganizationKind.ResearchInstitute, "rep-andrei", "Andrei Stan"),
            Org("verde-mat", "Verde Materials SRL", OrganizationKind.Company, "rep-radu", "Radu Marin"),
            Org("solar-ro", "Solar RO Energy SRL", OrganizationKind.Company, "rep-ana", "Ana Georgescu"),
            Org("primaria", "Primaria Sector 6", OrganizationKind.PublicAuthority, "rep-dan", "Dan Vasile"),
            Org("green-ngo", "Asociatia Green Danube", OrganizationKind.Ngo, "rep-cristina", "Cristina Lupu"),
            Org("old-member", "Fostul Membru SRL", OrganizationKind.Company, "rep-victor", "Victor Pop"),
            Org("outsider", "Outsider Consulting SRL", OrganizationKind.Company, "rep-paul", "Paul Enache"),
        };
        var memberships = new[]
        {
            new MembershipTerm(new("apa-nova"), since),
            new MembershipTerm(new("ecosludge"), since),
            new MembershipTerm(new("upb"), since),
            new MembershipTerm(new("icpe"), new LocalDate(2022, 1, 15)),
            new MembershipTerm(new("verde-mat"), new LocalDate(2023, 3, 1)),
            new MembershipTerm(new("solar-ro"), new LocalDate(2024, 6, 1)),
            new MembershipTerm(new("primaria"), since),
            new MembershipTerm(new("green-ngo"), new LocalDate(2022, 9, 1), status: MembershipStatus.Suspended),
            new MembershipTerm(new("old-member"), since, new LocalDate(2025, 6, 30)),
        };
        var groups = new[]
        {
            new WorkingGroup(new("wg-water"), "Water and wastewater", "Cut the energy use of small wastewater plants.",
                ThematicArea.W1WaterAndWastewater, [new("apa-nova"), new("upb"), new("icpe")], new LocalDate(2022, 2, 1)),
            new WorkingGroup(new("wg-circular"), "Circular economy", "Turn sludge and construction waste into materials.",
                ThematicArea.W3CircularEconomy, [new("ecosludge"), new("verde-mat"), new("upb")], new LocalDate(2023, 4, 1)),
        };
        var frameworks = new[]
        {
            new FrameworkVersion(new("framework-2021"), new LocalDate(2021, 4, 20), new LocalDate(2021, 5, 1)),
            new FrameworkVersion(new("framework-2025"), new LocalDate(2024, 12, 10), new LocalDate(2025, 1, 1)),
        };
        var initiatives = new[]
        {
            // Runnable: a member initiates through its own representative, funded in full.
            Funded("i-sludge-pilot", "Sludge drying pilot", Initiator.ByMember(new("ecosludge")), "rep-mihai", "ecosludge", 45000m,
                participants: ["upb", "verde-mat"]),

            // Runnable: a working group initiates through one of its members' representatives.
            Funded("i-smart-meters", "Smart meters for small plants", Initiator.ByWorkingGroup(new("wg-water")), "rep-elena", "upb", 120000m,
                participants: ["apa-nova", "icpe"]),

            // Runnable: a single member, two activities.
            Funded("i-solar-roofs", "Solar roofs for the municipality", Initiator.ByMember(new("solar-ro")), "rep-ana", "solar-ro", 30000m,
                beneficiaries: ["primaria"]),

            // G10: a beneficiary whose membership ended and a participant that never joined.
            Funded("i-river-cleanup", "Danube bank clean-up", Initiator.ByMember(new("apa-nova")), "rep-ioana", "apa-nova", 15000m,
                beneficiaries: ["old-member"], participants: ["outsider"]),

            // G10: a suspended member participates.
            Funded("i-awareness", "Awareness campaign", Initiator.ByMember(new("primaria")), "rep-dan", "primaria", 8000m,
                participants: ["green-ngo"]),

            // G9: proposed by a representative of another member than the initiator.
            Funded("i-eco-bricks", "Eco bricks from fly ash", Initiator.ByMember(new("verde-mat")), "rep-mihai", "verde-mat", 60000m),

            // G11: funding short of the budget, part of it in another currency.
            new Initiative
            {
                Id = new("i-biogas"),
                Title = "Biogas from sludge",
                Initiator = Initiator.ByWorkingGroup(new("wg-circular")),
                ProposedBy = new("rep-radu"),
                Participants = [new(new("ecosludge")), new(new("verde-mat"))],
                Activities = [new("Feasibility study", new LocalDate(2026, 4, 1), new LocalDate(2026, 9, 30))],
                Budget = [new("Study", Ron(50000m)), new("Lab tests", Ron(25000m))],
                Funding =
                [
                    new(FundingKind.MemberContribution, Ron(20000m), new("ecosludge")),
                    new(FundingKind.PublicFunds, Ron(30000m)),
                    new(FundingKind.Other, new Money(4000m, Currency.Eur)),
                ],
            },

            // G9 and G11: an idea with neither initiator nor action plan nor budget.
            new Initiative { Id = new("i-idea-soil"), Title = "Soil remediation idea" },
        };

        var snapshot = new ClusterSnapshot
        {
            Organizations = [.. organizations],
            Memberships = [.. memberships],
            WorkingGroups = [.. groups],
            Initiatives = [.. initiatives],
            Frameworks = [.. frameworks],
        };
        return (snapshot, AsOf);
    }

    private static Organization Org(string id, string name, OrganizationKind kind, string representative, string person)
        => new(new(id), name, kind, CountryCode.Romania, [new Representative(new(representative), person)]);

    private static Money Ron(decimal amount) => new(amount, Currency.Ron);

    private static Initiative Funded(
        string id,
        string title,
        Initiator initiator,
        string representative,
        string contributor,
        decimal amount,
        string[]? beneficiaries = null,
        string[]? participants = null)
        => new()
        {
            Id = new(id),
            Title = title,
            Initiator = initiator,
            ProposedBy = new(representative),
            Beneficiaries = [.. (beneficiaries ?? []).Select(b => new OrganizationId(b))],
            Participants = [.. (participants ?? []).Select(p => new Participant(new(p)))],
            Activities =
            [
                new("Preparation", new LocalDate(2026, 3, 15), new LocalDate(2026, 5, 31)),
                new("Delivery", new LocalDate(2026, 6, 1), new LocalDate(2026, 12, 15)),
            ],
            Budget = [new("Equipment", Ron(amount * 0.6m)), new("Staff", Ron(amount * 0.4m))],
            Funding =
            [
                new(FundingKind.MemberContribution, Ron(amount * 0.3m), new(contributor)),
                new(FundingKind.PublicFunds, Ron(amount * 0.7m)),
            ],
        };
}
