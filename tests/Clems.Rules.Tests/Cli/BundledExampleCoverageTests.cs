using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// docs/examples/clems-cluster.json has, for every compiled rule, a case where it decides and a case where it does not.
public sealed class BundledExampleCoverageTests
{
    // Allocation.Demand only gathers a project's eligible interests for the competition; it decides nothing itself.
    private static readonly string[] RulesThatDecideNothing = ["Allocation.Demand"];

    private static readonly GovernanceEngine Engine = new();

    [Fact]
    public void Example_Evaluated_EveryRuleDecidesAtLeastOnce()
    {
        // Arrange
        var (report, _) = EvaluateExample();

        // Act
        var silent = DecidingRules()
            .Where(rule => !report.Decisions.Any(d => d.RuleId == rule.Id))
            .Select(rule => rule.Id)
            .ToArray();

        // Assert
        Assert.Empty(silent);
    }

    [Fact]
    public void Example_Evaluated_EveryRuleHasASubjectOfItsKindWhereItDoesNotFire()
    {
        // Arrange: the subjects of each kind are those any rule decided, plus the framework versions and the
        // tender/organisation pairs of the document (the only kinds whose subjects can go undecided by every rule).
        var (report, snapshot) = EvaluateExample();
        var subjects = report.Decisions.Select(d => d.Subject).ToHashSet();
        subjects.UnionWith(snapshot.Frameworks.Select(f => new DecisionSubject(SubjectKind.Framework, f.Id.Value)));
        subjects.UnionWith(
            from tender in snapshot.Tenders
            from profile in snapshot.TenderProfiles
            select new DecisionSubject(SubjectKind.TenderAlert, tender.Id.Value + "/" + profile.Organization.Value));

        // Act: a rule without a witness decides every subject of the kinds it decides.
        var withoutWitness = new List<string>();
        foreach (var rule in DecidingRules())
        {
            var decided = report.Decisions.Where(d => d.RuleId == rule.Id).Select(d => d.Subject).ToHashSet();
            var kinds = decided.Select(s => s.Kind).ToHashSet();
            if (!subjects.Any(s => kinds.Contains(s.Kind) && !decided.Contains(s)))
            {
                withoutWitness.Add(rule.Id);
            }
        }

        // Assert
        Assert.Empty(withoutWitness);
    }

    private static IEnumerable<RuleDescriptor> DecidingRules()
        => Engine.Rules.Where(r => !RulesThatDecideNothing.Contains(r.Id, StringComparer.Ordinal));

    private static (GovernanceReport Report, ClusterSnapshot Snapshot) EvaluateExample()
    {
        using var stream = File.OpenRead(CliHarness.ExamplePath);
        var document = ScenarioReader.Read(stream);
        return (Engine.Evaluate(document.Snapshot, document.AsOf!.Value), document.Snapshot);
    }
}
