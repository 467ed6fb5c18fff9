using System;
using System.IO;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Hostile;

/// A failure inside a rule surfaces as one RuleEvaluationException naming the rule; no report escapes, and the engine
/// evaluates the next snapshot as if nothing had happened.
public sealed class EvaluationFailureTests
{
    private static readonly GovernanceEngine s_engine = new([typeof(FailingActionRule), typeof(FailingConditionRule)]);

    private static readonly LocalDate s_ordinaryDate = new(2026, 3, 1);

    private static ClusterSnapshot Example()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        return ScenarioReader.Read(stream).Snapshot;
    }

    [Fact]
    public void Evaluate_ActionThrows_ThrowsOneRuleEvaluationExceptionNamingTheRule()
    {
        // Arrange
        var snapshot = Example();
        GovernanceReport? report = null;

        // Act
        var exception = Record.Exception(() => report = s_engine.Evaluate(snapshot, FailingRuleDates.ActionFails));

        // Assert
        var failure = Assert.IsType<RuleEvaluationException>(exception);
        Assert.Equal("Test.FailingAction", failure.RuleId);
        Assert.Contains("Test.FailingAction", failure.Message, StringComparison.Ordinal);
        Assert.Equal("planted failure in an action", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        Assert.Null(report);
    }

    [Fact]
    public void Evaluate_ConditionThrows_ThrowsOneRuleEvaluationExceptionNamingTheRule()
    {
        // Arrange
        var snapshot = Example();
        GovernanceReport? report = null;

        // Act
        var exception = Record.Exception(() => report = s_engine.Evaluate(snapshot, FailingRuleDates.ConditionFails));

        // Assert
        var failure = Assert.IsType<RuleEvaluationException>(exception);
        Assert.Equal("Test.FailingCondition", failure.RuleId);
        Assert.Contains("Test.FailingCondition", failure.Message, StringComparison.Ordinal);
        Assert.Equal("planted failure in a condition", Assert.IsType<InvalidOperationException>(failure.InnerException).Message);
        Assert.Null(report);
    }

    [Fact]
    public void Evaluate_AfterFailures_EngineGivesTheSameReportAsAFreshEngine()
    {
        // Arrange
        var snapshot = Example();
        var expected = ReportText.Lines(new GovernanceEngine().Evaluate(snapshot, s_ordinaryDate));

        // Act
        for (var i = 0; i < 3; i++)
        {
            Assert.Throws<RuleEvaluationException>(() => s_engine.Evaluate(snapshot, FailingRuleDates.ActionFails));
            Assert.Throws<RuleEvaluationException>(() => s_engine.Evaluate(snapshot, FailingRuleDates.ConditionFails));
        }

        var actual = ReportText.Lines(s_engine.Evaluate(snapshot, s_ordinaryDate));

        // Assert
        Assert.Equal(expected, actual);
    }

    [Fact]
    public void Rules_WithTestHook_ListsTheCatalogueAndTheAddedRules()
    {
        // Act
        var catalogue = new GovernanceEngine().Rules.Length;

        // Assert
        Assert.Equal(catalogue + 2, s_engine.Rules.Length);
        Assert.Contains(s_engine.Rules, r => r.Id == "Test.FailingAction");
        Assert.Contains(s_engine.Rules, r => r.Id == "Test.FailingCondition");
    }
}
