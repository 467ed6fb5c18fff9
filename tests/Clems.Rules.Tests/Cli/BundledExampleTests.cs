using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Text.Json.Nodes;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// docs/examples/clems-cluster.json shows every outcome of the rules, explains each, and does not depend on input order.
public sealed class BundledExampleTests
{
    [Fact]
    public void Example_Evaluated_ProducesEveryOutcome()
    {
        // Act
        var report = EvaluateExample();

        // Assert
        Assert.Equal(Enum.GetValues<DecisionOutcome>(), report.Decisions.Select(d => d.Outcome).Distinct().Order());
    }

    [Fact]
    public void Example_Evaluated_RejectsUnderBothG9AndG10()
    {
        // Act
        var report = EvaluateExample();

        // Assert
        var rejections = report.Decisions.Where(d => d.Outcome == DecisionOutcome.Rejected).ToArray();
        Assert.Contains(rejections, d => d.RuleId == "Initiatives.InitiatorAndRepresentative" && d.Clauses.Contains(ClauseId.Parse("G9")));
        Assert.Contains(rejections, d => d.RuleId == "Initiatives.MembersOnly" && d.Clauses.Contains(ClauseId.Parse("G10")));
    }

    [Fact]
    public void Example_Evaluated_HasRunnableInitiativesFromAMemberAndFromAWorkingGroup()
    {
        // Act
        var report = EvaluateExample();

        // Assert
        var runnable = report.Decisions.Where(d => d.Outcome == DecisionOutcome.Runnable).ToArray();
        Assert.Contains(runnable, d => d.Reasons.Any(r => r.Text.StartsWith("Initiated by member ", System.StringComparison.Ordinal)));
        Assert.Contains(runnable, d => d.Reasons.Any(r => r.Text.StartsWith("Initiated by working group ", System.StringComparison.Ordinal)));
    }

    [Theory]
    [InlineData("G10.never-a-member")]
    [InlineData("G10.membership-ended")]
    [InlineData("G10.membership-not-started")]
    [InlineData("G10.membership-suspended")]
    [InlineData("G9.no-representative")]
    [InlineData("G9.representative-not-of-initiator")]
    [InlineData("G11.no-action-plan")]
    [InlineData("G11.no-budget")]
    [InlineData("G11.funding-short")]
    [InlineData("G11.funding-other-currency")]
    public void Example_Evaluated_GivesReason(string code)
    {
        // Act
        var report = EvaluateExample();

        // Assert
        Assert.Contains(report.Decisions, d => d.Reasons.Any(r => r.Code == code));
    }

    [Fact]
    public void Example_Evaluated_HasAnInitiativeWithSeveralGapsAtOnce()
    {
        // Act
        var report = EvaluateExample();

        // Assert
        var rules = report.For(SubjectKind.Initiative, "init-soil-remediation").Select(d => d.RuleId).Order();
        Assert.Equal(["Initiatives.ActionPlanAndFunding", "Initiatives.InitiatorAndRepresentative", "Initiatives.MembersOnly"], rules);
    }

    [Fact]
    public void Example_Evaluated_NamesRuleClausesAndAReasonForEveryDecision()
    {
        // Act
        var report = EvaluateExample();

        // Assert
        Assert.All(report.Decisions, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.RuleId));
            Assert.NotEmpty(d.Clauses);
            Assert.NotEmpty(d.Reasons);
        });
    }

    [Fact]
    public void Example_EveryTopLevelArrayReversed_GivesByteIdenticalJson()
    {
        // Arrange
        var example = JsonNode.Parse(File.ReadAllText(CliHarness.ExamplePath))!.AsObject();
        var reversedArrays = new List<string>();
        foreach (var property in example.ToArray())
        {
            if (property.Value is JsonArray array)
            {
                var entries = array.Select(e => e!.DeepClone()).Reverse().ToArray();
                example[property.Key] = new JsonArray(entries);
                reversedArrays.Add(property.Key);
            }
        }

        using var reversed = new TempScenario(example.ToJsonString());

        // Act
        var original = CliHarness.Run("evaluate", CliHarness.ExamplePath, "--format", "json");
        var fromReversed = CliHarness.Run("evaluate", reversed.Path, "--format", "json");

        // Assert
        Assert.Equal(
            [
                "organizations", "memberships", "workingGroups", "initiatives", "frameworks", "workingGroupProposals",
                "confidentialityAgreements", "salesAgencyRequests", "internalBids", "opportunities", "clusterRouteRequests",
                "serviceRequests", "advertisingItems", "advertisingApprovals", "tenderProfiles", "tenders", "projects",
                "interests", "commitments", "memberPreferences",
            ],
            reversedArrays);
        Assert.Equal(0, fromReversed.ExitCode);
        Assert.Equal(original.Output, fromReversed.Output);
    }

    private static GovernanceReport EvaluateExample()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        var document = ScenarioReader.Read(stream);
        return new GovernanceEngine().Evaluate(document.Snapshot, document.AsOf!.Value);
    }
}
