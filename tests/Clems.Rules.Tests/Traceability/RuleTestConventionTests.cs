using System.Linq;
using Clems.Rules.Cli.Commands;
using Clems.Rules.Engine;
using Xunit;

namespace Clems.Rules.Tests.Traceability;

/// The convention docs/governance-rules.md relies on: rule class XRule is unit-tested by the test class XRuleTests.
public sealed class RuleTestConventionTests
{
    // Rules whose tests still live in a class named after their family (e.g. ProposalRuleTests tests both proposal rules,
    // AllocationEngineTests the allocation rules). This list may only shrink: split the tests into XRuleTests, then
    // remove the class here; a rule outside it without its test class fails, and so does a listed one that has it.
    private static readonly string[] KnownGaps =
    [
        "AllocationOutcomeRuleTests", "ClusterRouteNotRecommendedRuleTests", "ClusterRouteRecommendedRuleTests",
        "IneligibleInterestRuleTests", "IntegratedProjectBeneficiariesRuleTests", "InternalBidFeasibleRuleTests",
        "InternalBidInfeasibleRuleTests", "InvalidProposalRuleTests", "NoAgreedRulesRuleTests", "ProjectDemandRuleTests",
        "ProjectNotRunnableRuleTests", "SalesAgencyApprovedRuleTests", "SalesAgencyRefusedRuleTests",
        "SignatureMissingOrLateRuleTests", "SignedBeforeInvolvementRuleTests", "ValidProposalRuleTests",
    ];

    [Fact]
    public void EveryCompiledRule_HasATestClassNamedAfterItsRuleClass()
    {
        // Arrange
        var testClasses = typeof(RuleTestConventionTests).Assembly.GetTypes()
            .Where(t => t.IsPublic && t.GetMethods().Any(m => m.GetCustomAttributes(typeof(FactAttribute), inherit: true).Length > 0))
            .Select(t => t.Name)
            .ToHashSet();

        // Act
        var untested = new GovernanceEngine().Rules
            .Select(RulesCommand.TestClassOf)
            .Where(name => !testClasses.Contains(name))
            .Order(System.StringComparer.Ordinal)
            .ToArray();

        // Assert
        Assert.Equal(KnownGaps, untested);
    }
}
