using System;
using System.Collections.Generic;
using System.Linq;
using System.Threading;
using Clems.Rules.Decisions;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Engine;

/// The report at a size where the engine takes its large-input paths: at least 50,000 decisions about interests
/// (sorted as two halves in parallel and merged) and explanations built when first read.
public sealed class ScaleReportTests
{
    private static readonly Lazy<ScenarioDocument> s_m = new(() => SyntheticScenario.Generate(SyntheticSize.M, 7));

    [Fact]
    public void Evaluate_M_ListsDecisionsBySubjectKindIdRuleAndOutcome()
    {
        // Arrange
        var document = s_m.Value;

        // Act
        var decisions = Engines.Shared.Evaluate(document.Snapshot, document.AsOf!.Value).Decisions;

        // Assert
        Assert.True(decisions.Count(d => d.Subject.Kind == SubjectKind.Interest) >= 50_000);
        for (var k = 1; k < decisions.Length; k++)
        {
            var (a, b) = (decisions[k - 1], decisions[k]);
            var order = a.Subject.Kind.CompareTo(b.Subject.Kind);
            order = order != 0 ? order : string.CompareOrdinal(a.Subject.Id, b.Subject.Id);
            order = order != 0 ? order : string.CompareOrdinal(a.RuleId, b.RuleId);
            order = order != 0 ? order : a.Outcome.CompareTo(b.Outcome);
            Assert.True(order <= 0, $"Decision {k} ({ReportText.Line(b)}) comes after {ReportText.Line(a)}.");
        }
    }

    [Fact]
    public void Report_ReadFirstFromEightThreadsAtOnce_SaysWhatASingleReaderReads()
    {
        // Arrange: two reports of the same snapshot; one is read by a single thread, the other first by eight at once.
        var document = s_m.Value;
        var expected = ReportText.Lines(Engines.Shared.Evaluate(document.Snapshot, document.AsOf!.Value));
        var shared = Engines.Shared.Evaluate(document.Snapshot, document.AsOf!.Value);
        using var start = new Barrier(8);

        // Act
        var reads = new IReadOnlyList<string>[8];
        var threads = Enumerable.Range(0, 8)
            .Select(t => new Thread(() =>
            {
                start.SignalAndWait();
                reads[t] = ReportText.Lines(shared);
            }))
            .ToArray();
        Array.ForEach(threads, t => t.Start());
        Array.ForEach(threads, t => t.Join());

        // Assert
        Assert.All(reads, read => Assert.Equal(expected, read));
    }
}
