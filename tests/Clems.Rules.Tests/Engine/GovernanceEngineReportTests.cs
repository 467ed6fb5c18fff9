using Clems.Rules.Decisions;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Engine;

public sealed class GovernanceEngineReportTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    public static TheoryData<LocalDate> AsOfDates => [.. RichSnapshot.AsOfDates];

    [Theory]
    [MemberData(nameof(AsOfDates))]
    public void Decision_Always_HasRuleIdClauseAndReason(LocalDate asOf)
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var report = s_engine.Evaluate(snapshot, asOf);

        // Assert
        Assert.NotEmpty(report.Decisions);
        Assert.All(report.Decisions, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.RuleId));
            Assert.NotEmpty(d.Clauses);
            Assert.NotEmpty(d.Reasons);
            Assert.NotEmpty(d.Facts);
            Assert.All(d.Reasons, r => Assert.StartsWith(r.Code.Split('.')[0] + ".", r.Code));
        });
    }

    [Theory]
    [MemberData(nameof(AsOfDates))]
    public void Decision_Always_CitesOnlyClausesOfItsRule(LocalDate asOf)
    {
        // Arrange
        var rules = s_engine.Rules.ToDictionary(r => r.Id);

        // Act
        var report = s_engine.Evaluate(RichSnapshot.Build(), asOf);

        // Assert
        Assert.All(report.Decisions, d => Assert.Equal(rules[d.RuleId].Clauses.ToArray(), d.Clauses.ToArray()));
        Assert.All(
            report.Decisions.SelectMany(d => d.Reasons),
            r => Assert.Contains(r.Code.Split('.')[0], rules.Values.SelectMany(x => x.Clauses).Select(c => c.ToString())));
    }

    [Fact]
    public void Report_AsOfMarch_DecidesEachInitiativeAsExpected()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal("2026.1", report.Framework.Id.Value);
        Assert.Equal(Dates.AsOf, report.AsOf);
        Assert.Equal(
            [
                "Framework:2026.1 Applied Framework.InForce",
                "WorkingGroup:wg-1 Approved WorkingGroups.ValidFormation",
                "WorkingGroup:wg-2 Flagged WorkingGroups.BelowQuorum",
                "WorkingGroup:wg-2 Approved WorkingGroups.ValidFormation",
                "WorkingGroup:wg-3 Rejected WorkingGroups.InvalidFormation",
                "WorkingGroupProposal:wgp-outsider Rejected WorkingGroups.InvalidProposal",
                "WorkingGroupProposal:wgp-refocus Approved WorkingGroups.ValidProposal",
                "Initiative:i-all NotRunnable Initiatives.ActionPlanAndFunding",
                "Initiative:i-all Rejected Initiatives.InitiatorAndRepresentative",
                "Initiative:i-all Rejected Initiatives.MembersOnly",
                "Initiative:i-g11 NotRunnable Initiatives.ActionPlanAndFunding",
                "Initiative:i-g9 Rejected Initiatives.InitiatorAndRepresentative",
                "Initiative:i-integrated Rejected Initiatives.IntegratedProjectBeneficiaries",
                "Initiative:i-integrated Rejected Initiatives.MembersOnly",
                "Initiative:i-late Rejected Initiatives.MembersOnly",
                "Initiative:i-ok Supported Executive.Capacity",
                "Initiative:i-ok Runnable Initiatives.Runnable",
                "Initiative:i-outsiders Rejected Initiatives.MembersOnly",
                "Initiative:i-secret Supported Executive.Capacity",
                "Initiative:i-secret Runnable Initiatives.Runnable",
                "Initiative:i-wg Supported Executive.Capacity",
                "Initiative:i-wg Runnable Initiatives.Runnable",
                "Initiative:i-wg-ex Rejected Initiatives.MembersOnly",
                "Initiative:i-wg-ex Rejected WorkingGroups.InitiatingGroupInactive",
                "Initiative:i-wg-outsider Rejected Initiatives.InitiatorAndRepresentative",
                "Initiative:i-wg-outsider Rejected WorkingGroups.InitiatingGroupInactive",
                "Participation:i-secret/org-b Approved Confidentiality.SignedBeforeInvolvement",
                "Participation:i-secret/org-c Blocked Confidentiality.SignatureMissingOrLate",
            ],
            report.Decisions
                .Where(d => d.Subject.Kind is <= SubjectKind.Participation)
                .Select(d => $"{d.Subject} {d.Outcome} {d.RuleId}"));
    }

    [Fact]
    public void Report_AsOfMarch_AllocatesEachProjectAsExpected()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var report = s_engine.Evaluate(snapshot, Dates.AsOf);

        // Assert
        Assert.Equal(
            [
                "Project:i-g9 NotAllocated Allocation.ProjectNotRunnable",
                "Project:i-late NotAllocated Allocation.ProjectNotRunnable",
                "Project:i-ok Allocated Allocation.Outcome",
                "Project:i-wg NotAllocated Allocation.NoAgreedRules",
                "Interest:i-g9/org-a Ineligible Allocation.Eligibility",
                "Interest:i-late/org-a Ineligible Allocation.Eligibility",
                "Interest:i-late/org-c Ineligible Allocation.Eligibility",
                "Interest:i-ok/org-a Waitlisted Allocation.Outcome",
                "Interest:i-ok/org-b Admitted Allocation.Outcome",
                "Interest:i-ok/org-c Waitlisted Allocation.Outcome",
                "Interest:i-ok/org-g Ineligible Allocation.Eligibility",
                "Interest:i-ok/org-h Admitted Allocation.Outcome",
                "Interest:i-wg/org-a Waitlisted Allocation.NoAgreedRules",
                "Interest:i-wg/org-b Waitlisted Allocation.NoAgreedRules",
            ],
            report.Decisions
                .Where(d => d.Subject.Kind is SubjectKind.Project or SubjectKind.Interest)
                .Select(d => $"{d.Subject} {d.Outcome} {d.RuleId}"));
    }

    [Fact]
    public void Report_For_ReturnsOnlyTheSubjectsDecisions()
    {
        // Arrange
        var report = s_engine.Evaluate(RichSnapshot.Build(), Dates.AsOf);

        // Act
        var decisions = report.For(SubjectKind.Initiative, "i-all").ToList();

        // Assert: every decision of the report about that subject, in report order, and none about another.
        var expected = report.Decisions.Where(d => d.Subject == new DecisionSubject(SubjectKind.Initiative, "i-all")).ToList();
        Assert.True(expected.Count > 1, "i-all should be decided by several rules.");
        Assert.True(report.Decisions.Length > expected.Count, "The report should decide other subjects too.");
        Assert.Equal(expected, decisions);
    }

    [Fact]
    public void Rules_Catalogue_ListsEachRuleWithItsClauseTags()
    {
        // Arrange
        var engine = s_engine;

        // Act
        var catalogue = engine.Rules.Select(r => $"{r.Id} [{string.Join(",", r.Clauses)}]");

        // Assert
        Assert.Equal(
            [
                "Advertising.PublicationApproved [G10,S14]",
                "Advertising.PublicationRejected [G10,S14]",
                "Allocation.Demand [G8,G16]",
                "Allocation.Eligibility [G3,G8,G10,G16]",
                "Allocation.NoAgreedRules [G16]",
                "Allocation.Outcome [G8,G16]",
                "Allocation.ProjectNotRunnable [G11,G16]",
                "ClusterRoutes.NotRecommended [G15]",
                "ClusterRoutes.Recommended [G15]",
                "Confidentiality.SignatureMissingOrLate [G3]",
                "Confidentiality.SignedBeforeInvolvement [G3]",
                "Executive.Capacity [G7,G12]",
                "Framework.InForce [G1]",
                "Initiatives.ActionPlanAndFunding [G11]",
                "Initiatives.InitiatorAndRepresentative [G9]",
                "Initiatives.IntegratedProjectBeneficiaries [G14]",
                "Initiatives.MembersOnly [G10]",
                "Initiatives.Runnable [G9,G10,G11]",
                "InternalBids.Feasible [G14]",
                "InternalBids.Infeasible [G14]",
                "SalesAgency.Approved [G13]",
                "SalesAgency.Refused [G13]",
                "Services.S1.ProjectManagementOffice [G10,S1]",
                "Services.S10.ProductStrategy [G10,S10]",
                "Services.S11.TenderMonitoring [G10,S11]",
                "Services.S12.TenderSubmissions [G10,S12]",
                "Services.S13.Internationalisation [G10,S13]",
                "Services.S14.Advertising [G10,S14]",
                "Services.S15.EventManagement [G10,S15]",
                "Services.S2.HighLevelAdvice [G10,S2]",
                "Services.S3.AccessToCapital [G10,S3]",
                "Services.S4.PublicFundApplications [G10,S4]",
                "Services.S5.EcoInnovationConsultancy [G10,S5]",
                "Services.S6.EnvironmentalLegislation [G10,S6]",
                "Services.S7.SupplierCollaboration [G10,S7]",
                "Services.S8.ResearchInfrastructure [G10,S8]",
                "Services.S9.OrganisationalDevelopment [G10,S9]",
                "Tenders.Alert [G10,S11]",
                "WorkingGroups.BelowQuorum [G4]",
                "WorkingGroups.InitiatingGroupInactive [G4,G5]",
                "WorkingGroups.InvalidFormation [G4]",
                "WorkingGroups.InvalidProposal [G5]",
                "WorkingGroups.ValidFormation [G2,G4,G5,G6]",
                "WorkingGroups.ValidProposal [G5]",
            ],
            catalogue);
        Assert.All(engine.Rules, r => Assert.False(string.IsNullOrWhiteSpace(r.Description)));
    }

    [Fact]
    public void Rules_Catalogue_NamesTheFactsEachRuleMatches()
    {
        // Arrange
        var rules = s_engine.Rules.ToDictionary(r => r.Id);

        // Act
        var membersOnly = rules["Initiatives.MembersOnly"].Matches;
        var runnable = rules["Initiatives.Runnable"].Matches;

        // Assert
        Assert.Equal(["InitiativeParty"], membersOnly.ToArray());
        Assert.Equal(["InitiativeFinding"], runnable.ToArray());
    }
}
