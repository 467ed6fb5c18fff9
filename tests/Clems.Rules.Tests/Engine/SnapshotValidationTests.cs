using System;
using System.Linq;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.WorkingGroups;
using Xunit;
using static Clems.Rules.Tests.Fixtures.Amounts;

namespace Clems.Rules.Tests.Engine;

public sealed class SnapshotValidationTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    /// One snapshot with every kind of problem the validator knows, each at a known path.
    private static ClusterSnapshot BrokenSnapshot()
    {
        var a = new OrganizationId("org-a");
        return A.Snapshot()
            .With(
                new Organization(a, "Alpha SRL", OrganizationKind.Company, CountryCode.Romania, [new Representative(new RepresentativeId("rep-1"), "Ana")]),
                new Organization(new OrganizationId("org-b"), "Beta SA", OrganizationKind.Company, CountryCode.Romania, [new Representative(new RepresentativeId("rep-1"), "Bogdan")]),
                new Organization(a, "Alpha again", OrganizationKind.Ngo, CountryCode.Romania))
            .With(
                new MembershipTerm(a, A.Date(2020, 1, 1), A.Date(2022, 12, 31)),
                new MembershipTerm(a, A.Date(2022, 6, 1)),
                new MembershipTerm(new OrganizationId("org-ghost"), A.Date(2020, 1, 1)))
            .With(A.WorkingGroup("wg-1", "org-a", "org-nobody"))
            .With(
                new Initiative
                {
                    Id = new InitiativeId("i-1"),
                    Title = "Broken",
                    Initiator = Initiator.ByMember(new OrganizationId("org-missing")),
                    ProposedBy = new RepresentativeId("rep-missing"),
                    Beneficiaries = [new OrganizationId("org-q")],
                    Participants = [new Participant(new OrganizationId("org-r"))],
                    Budget = [new BudgetLine("Equipment", Ron(100m)), new BudgetLine("Travel", Eur(50m))],
                    Funding = [new FundingSource(FundingKind.MemberContribution, Ron(100m), new OrganizationId("org-s"))],
                },
                new Initiative { Id = new InitiativeId("i-2"), Title = "Orphan", Initiator = Initiator.ByWorkingGroup(new WorkingGroupId("wg-missing")) },
                new Initiative { Id = new InitiativeId("i-1"), Title = "Duplicate" })
            .WithFrameworks(
                new FrameworkVersion(new FrameworkVersionId("v1"), A.Date(2019, 12, 1), A.Date(2020, 1, 1)),
                new FrameworkVersion(new FrameworkVersionId("v2"), A.Date(2019, 12, 1), A.Date(2020, 1, 1)),
                new FrameworkVersion(new FrameworkVersionId("v1"), A.Date(2020, 12, 1), A.Date(2021, 1, 1)))
            .Build();
    }

    [Fact]
    public void Evaluate_InvalidSnapshot_ListsEveryProblemWithItsPathInOneThrow()
    {
        // Arrange
        var snapshot = BrokenSnapshot();

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal(
            [
                "$.frameworks[1].effectiveFrom",
                "$.frameworks[2].id",
                "$.initiatives[0].beneficiaries[0]",
                "$.initiatives[0].budget[1].amount.currency",
                "$.initiatives[0].funding[0].contributor",
                "$.initiatives[0].initiator.member",
                "$.initiatives[0].participants[0].organization",
                "$.initiatives[0].proposedBy",
                "$.initiatives[1].initiator.workingGroup",
                "$.initiatives[2].id",
                "$.memberships[1]",
                "$.memberships[2].organization",
                "$.organizations[1].representatives[0].id",
                "$.organizations[2].id",
                "$.workingGroups[0].members[1]",
            ],
            exception.Problems.Select(p => p.Path).Order(StringComparer.Ordinal));
    }

    [Theory]
    [InlineData("$.organizations[2].id", "'org-a'")]
    [InlineData("$.organizations[1].representatives[0].id", "'rep-1'")]
    [InlineData("$.memberships[1]", "overlaps the one at $.memberships[0]")]
    [InlineData("$.memberships[2].organization", "'org-ghost'")]
    [InlineData("$.workingGroups[0].members[1]", "'org-nobody'")]
    [InlineData("$.initiatives[0].initiator.member", "'org-missing'")]
    [InlineData("$.initiatives[0].proposedBy", "'rep-missing'")]
    [InlineData("$.initiatives[0].beneficiaries[0]", "'org-q'")]
    [InlineData("$.initiatives[0].participants[0].organization", "'org-r'")]
    [InlineData("$.initiatives[0].budget[1].amount.currency", "this line is in EUR while the first line is in RON")]
    [InlineData("$.initiatives[0].funding[0].contributor", "'org-s'")]
    [InlineData("$.initiatives[1].initiator.workingGroup", "'wg-missing'")]
    [InlineData("$.initiatives[2].id", "'i-1'")]
    [InlineData("$.frameworks[1].effectiveFrom", "2020-01-01")]
    [InlineData("$.frameworks[2].id", "'v1'")]
    public void Problem_AtEachPath_NamesTheOffendingValue(string path, string fragment)
    {
        // Arrange
        var snapshot = BrokenSnapshot();

        // Act
        var problems = snapshot.Validate();

        // Assert
        var problem = Assert.Single(problems, p => p.Path == path);
        Assert.Contains(fragment, problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidSnapshotWithNoFrameworkInForce_AddsTheFrameworkProblemToTheSameThrow()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Organization("org-a"))
            .With(new MembershipTerm(new OrganizationId("org-ghost"), Dates.Joined))
            .WithFrameworks(new FrameworkVersion(new FrameworkVersionId("v9"), A.Date(2030, 1, 1), A.Date(2030, 1, 1)))
            .Build();

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert
        Assert.Equal(["$.memberships[0].organization", "$.frameworks"], exception.Problems.Select(p => p.Path));
    }

    [Fact]
    public void Exception_Message_CountsAndListsEveryProblem()
    {
        // Arrange
        var snapshot = BrokenSnapshot();

        // Act
        var exception = Assert.Throws<SnapshotValidationException>(() => s_engine.Evaluate(snapshot, Dates.AsOf));

        // Assert: the count is of every problem the exception carries (several, so the plural).
        Assert.True(exception.Problems.Length > 1, "The broken snapshot should have several problems.");
        Assert.StartsWith($"The input is invalid ({exception.Problems.Length} problems):", exception.Message, StringComparison.Ordinal);
        Assert.All(exception.Problems, p => Assert.Contains(p.Path + ": " + p.Message, exception.Message, StringComparison.Ordinal));
    }

    [Fact]
    public void Exception_OneProblem_SaysOneProblem()
    {
        // Act
        var exception = new SnapshotValidationException([new ValidationProblem("$.frameworks", "Framework.none-in-force", "No framework version is in force.")]);

        // Assert
        Assert.StartsWith("The input is invalid (1 problem):", exception.Message, StringComparison.Ordinal);
        Assert.Contains("$.frameworks: No framework version is in force.", exception.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Exception_WithoutAProblem_IsRefusedSayingItNeedsOne()
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new SnapshotValidationException([]));

        // Assert
        Assert.Equal("problems", error.ParamName);
        Assert.Contains("needs at least one problem", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Validate_ValidSnapshot_FindsNoProblem()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var problems = snapshot.Validate();

        // Assert
        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_AdjacentMembershipTerms_DoNotOverlap()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Organization("org-a").MemberBetween(Dates.Joined, A.Date(2024, 12, 31)).MemberBetween(A.Date(2025, 1, 1)))
            .Build();

        // Act
        var problems = snapshot.Validate();

        // Assert
        Assert.Empty(problems);
    }

    [Fact]
    public void Validate_MembershipTermsSharingOneDay_Overlap()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Organization("org-a").MemberBetween(Dates.Joined, A.Date(2025, 1, 1)).MemberBetween(A.Date(2025, 1, 1)))
            .Build();

        // Act
        var problems = snapshot.Validate();

        // Assert
        Assert.Equal("$.memberships[1]", Assert.Single(problems).Path);
    }

    [Fact]
    public void Validate_OrganizationListedTwiceAsBeneficiary_IsAProblem()
    {
        // Arrange
        var snapshot = A.Snapshot()
            .With(A.Member("org-a"), A.Member("org-b"))
            .With(An.Initiative("i-1").By("org-a").ForBeneficiaries("org-b", "org-b"))
            .Build();

        // Act
        var problems = snapshot.Validate();

        // Assert
        Assert.Equal("$.initiatives[0].beneficiaries[1]", Assert.Single(problems).Path);
    }
}
