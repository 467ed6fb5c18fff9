using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;
using Xunit;
using Xunit.Abstractions;

namespace Clems.Rules.Tests.Engine;

public sealed class GovernanceEngineSmokeTests(ITestOutputHelper output)
{
    [Fact]
    public void Evaluate_SmallCluster_DecidesEveryInitiative()
    {
        var a = new OrganizationId("org-a");
        var b = new OrganizationId("org-b");
        var snapshot = new ClusterSnapshot
        {
            Organizations =
            [
                new Organization(a, "Alpha SRL", OrganizationKind.Company, CountryCode.Romania, [new Representative(new RepresentativeId("rep-a"), "Ana")]),
                new Organization(b, "Beta SA", OrganizationKind.Company, CountryCode.Romania),
            ],
            Memberships = [new MembershipTerm(a, new LocalDate(2020, 1, 1)), new MembershipTerm(b, new LocalDate(2020, 1, 1), new LocalDate(2025, 12, 31))],
            Frameworks = [new FrameworkVersion(new FrameworkVersionId("v1"), new LocalDate(2019, 12, 1), new LocalDate(2020, 1, 1))],
            Initiatives =
            [
                new Initiative
                {
                    Id = new InitiativeId("i-ok"), Title = "Ok", Initiator = Initiator.ByMember(a), ProposedBy = new RepresentativeId("rep-a"),
                    Activities = [new Activity("Do", new LocalDate(2026, 1, 1), new LocalDate(2026, 2, 1))],
                    Budget = [new BudgetLine("x", new Money(100m, Currency.Ron))],
                    Funding = [new FundingSource(FundingKind.MemberContribution, new Money(100m, Currency.Ron), a)],
                },
                new Initiative
                {
                    Id = new InitiativeId("i-bad"), Title = "Bad", Initiator = Initiator.ByMember(a),
                    Beneficiaries = [b],
                    Budget = [new BudgetLine("x", new Money(12000m, Currency.Ron))],
                    Funding = [new FundingSource(FundingKind.PublicFunds, new Money(8000m, Currency.Ron)), new FundingSource(FundingKind.Other, new Money(100m, Currency.Eur))],
                },
            ],
        };
        var report = new GovernanceEngine().Evaluate(snapshot, new LocalDate(2026, 3, 1));
        foreach (var d in report.Decisions)
        {
            output.WriteLine($"{d.Subject} {d.Outcome} {d.RuleId} [{string.Join(",", d.Clauses)}] facts={string.Join(",", d.Facts)}");
            foreach (var r in d.Reasons)
            {
                output.WriteLine($"   {r.Code}: {r.Text}");
            }
        }

        Assert.Contains(report.Decisions, d => d.Subject.Id == "i-ok" && d.Outcome == DecisionOutcome.Runnable);
        Assert.Equal(3, report.Decisions.Count(d => d.Subject.Id == "i-bad"));
    }
}
