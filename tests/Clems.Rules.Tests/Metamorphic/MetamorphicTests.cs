using System.Collections.Generic;
using System.Linq;
using System.Text.RegularExpressions;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Fixtures;
using Xunit;

namespace Clems.Rules.Tests.Metamorphic;

/// Metamorphic relations of the engine: transformations of the input whose effect on the report is known.
/// Shuffling every input array is covered by GovernanceEngineDeterminismTests.
public sealed class MetamorphicTests
{
    private static readonly GovernanceEngine s_engine = Engines.Shared;

    /// ScenarioWriter → ScenarioReader → Evaluate gives a report whose JSON is byte for byte the original's.
    [MetamorphicProperty]
    public void JsonRoundTrip_ThenEvaluate_GivesTheSameReportJson(SnapshotCase input)
    {
        // Arrange
        var expected = ReportWriter.ToJson(s_engine.Evaluate(input.Snapshot, input.AsOf));
        var json = ScenarioWriter.ToJson(new ScenarioDocument(input.Snapshot, input.AsOf));

        // Act
        var read = ScenarioReader.Parse(json);
        var actual = ReportWriter.ToJson(s_engine.Evaluate(read.Snapshot, read.AsOf!.Value));

        // Assert
        Assert.Equal(input.AsOf, read.AsOf);
        Assert.Equal(json, ScenarioWriter.ToJson(read));
        Assert.Equal(expected, actual);
    }

    /// The renaming transform itself: with the identity it re-creates a snapshot that writes the same JSON.
    [Theory]
    [MemberData(nameof(Sources))]
    public void RenameIds_WithTheIdentity_WritesTheSameScenario(string name)
    {
        // Arrange
        var source = Source(name);

        // Act
        var copy = SnapshotTransform.RenameIds(source.Snapshot, (_, id) => id);

        // Assert
        Assert.NotSame(source.Snapshot, copy);
        Assert.Equal(
            ScenarioWriter.ToJson(new ScenarioDocument(source.Snapshot, source.AsOf)),
            ScenarioWriter.ToJson(new ScenarioDocument(copy, source.AsOf)));
    }

    /// The renaming changes exactly the identifiers: the renamed scenario's JSON is the original's with every string value
    /// that is an identifier prefixed; and every identifier type of the library is one the transform maps.
    [Theory]
    [MemberData(nameof(Sources))]
    public void RenameIds_WithAPrefix_ChangesExactlyTheIdentifiers(string name)
    {
        // Arrange
        var source = Source(name);
        var ids = new HashSet<string>(System.StringComparer.Ordinal);

        // Act
        var renamed = SnapshotTransform.RenameIds(source.Snapshot, (_, id) => { ids.Add(id); return "x-" + id; });

        // Assert
        var original = ScenarioWriter.ToJson(new ScenarioDocument(source.Snapshot, source.AsOf));
        var expected = Regex.Replace(original, "\"((?:[^\"\\\\]|\\\\.)*)\"", m => ids.Contains(m.Groups[1].Value) ? "\"x-" + m.Groups[1].Value + "\"" : m.Value);
        Assert.Equal(expected, ScenarioWriter.ToJson(new ScenarioDocument(renamed, source.AsOf)));
        Assert.All(
            typeof(ClusterSnapshot).Assembly.GetExportedTypes().Where(t => t.IsValueType && t.Name.EndsWith("Id", System.StringComparison.Ordinal) && t.Name != "ClauseId"),
            t => Assert.True(SnapshotTransform.IsId(t), t.Name));
    }

    /// Renaming every identifier with an order-preserving bijection (one prefix, or renumbering in ordinal order), the
    /// lottery seed kept, on snapshots
    /// where no lottery draw decides anything (the rich snapshot, the example without its allocation facts): the report
    /// is the original one with the identifiers renamed (checked by renaming them back in its text), except the lottery
    /// tickets quoted in reason texts, which are hashes of the ids — subjects, outcomes, rules, clauses, reason codes and texts, facts.
    /// Where G12's executive draw orders tied initiatives (the rich snapshot has such ties), its tickets change with the
    /// ids, so the Executive.Capacity decisions are compared on their subjects only.
    [MetamorphicProperty]
    public void RenameIds_OrderPreserving_GivesTheOriginalReportWithIdsRenamed(RenameCase input)
    {
        // Arrange
        var renaming = new Renaming(input.Source.Snapshot, input);
        var original = s_engine.Evaluate(input.Source.Snapshot, input.Source.AsOf);
        var executiveDraws = ExecutiveDrawDecides(input.Source.Snapshot, input.Source.AsOf);
        bool Kept(Decision d) => !executiveDraws || d.RuleId != "Executive.Capacity";
        var expected = ReportText.Lines(original).Take(1).Concat(original.Decisions.Where(Kept).Select(ReportText.Line)).Select(WithoutTickets);

        // Act
        var report = s_engine.Evaluate(renaming.Snapshot, input.Source.AsOf);
        var actual = ReportText.Lines(report).Take(1).Concat(report.Decisions.Where(Kept).Select(ReportText.Line)).Select(l => WithoutTickets(renaming.Unrenamed(l)));

        // Assert
        AssertSameLines(expected, actual);
        AssertSameLines(
            original.Decisions.Select(d => $"{d.Subject} {d.RuleId}"),
            report.Decisions.Select(d => renaming.Unrenamed($"{d.Subject} {d.RuleId}")));
    }

    /// The same renaming on snapshots where the lottery may decide (the whole example, synthetic S scenarios), seed
    /// kept: the tickets change with the ids, so where two ranked interests of a project tie on every criterion before
    /// the lottery and the tie matters (their outcomes differ, or one is the cutoff), the draw — and through deferred
    /// acceptance any allocation decision — may change. Asserted: when the original allocation has no tie that matters,
    /// the whole report is the original renamed (tickets masked); when it has one,
    /// every decision of a rule outside the allocation (rule id not starting with "Allocation.") is, and the allocation
    /// rules decide about the same subjects (only their outcomes and reasons may differ).
    [MetamorphicProperty(0.5)]
    public void RenameIds_OrderPreservingWithLotteryTies_ChangesOnlyTheAllocation(LotteryRenameCase input)
    {
        // Arrange
        var source = input.Rename.Source;
        var renaming = new Renaming(source.Snapshot, input.Rename);
        var original = s_engine.Evaluate(source.Snapshot, source.AsOf);
        var lotteryDecides = LotteryDecides(original);
        var executiveDraws = ExecutiveDrawDecides(source.Snapshot, source.AsOf);
        bool Kept(Decision d) => (!lotteryDecides || !d.RuleId.StartsWith("Allocation.", System.StringComparison.Ordinal))
            && (!executiveDraws || d.RuleId != "Executive.Capacity");
        var expected = original.Decisions.Where(Kept).Select(ReportText.Line).Select(WithoutTickets);

        // Act
        var report = s_engine.Evaluate(renaming.Snapshot, source.AsOf);
        var actual = report.Decisions.Where(Kept).Select(ReportText.Line).Select(l => WithoutTickets(renaming.Unrenamed(l)));

        // Assert
        AssertSameLines(expected, actual);
        AssertSameLines(
            original.Decisions.Select(d => $"{d.Subject} {d.RuleId}"),
            report.Decisions.Select(d => renaming.Unrenamed($"{d.Subject} {d.RuleId}")));
    }

    /// The renaming properties assume no tie that matters in the rich snapshot (it has ties, all on one side of the
    /// cutoff) and the example without projects, and meet one in a synthetic scenario, so both branches of the second property are exercised.
    [Fact]
    public void Sources_LotteryDecisions_AreWhereTheRenamingPropertiesExpectThem()
    {
        // Act
        var untied = MetamorphicSources.Rich.Append(MetamorphicSources.ExampleWithoutProjects)
            .Select(c => LotteryDecides(s_engine.Evaluate(c.Snapshot, c.AsOf)));
        var synthetic = MetamorphicSources.SyntheticSeeds.Select(MetamorphicSources.Synthetic)
            .Select(c => LotteryDecides(s_engine.Evaluate(c.Snapshot, c.AsOf)));

        // Assert
        Assert.DoesNotContain(true, untied);
        Assert.Contains(true, synthetic);
    }

    /// Two as-of dates strictly between the same consecutive change dates give the same decisions: subject, outcome,
    /// rule, clauses, reason codes and facts (the reason texts may quote the as-of date) and the framework in force.
    [MetamorphicProperty]
    public void Evaluate_AsOfMovedWithinAPeriodWithoutChange_GivesTheSameDecisions(DateShiftCase input)
    {
        // Arrange
        var expected = Decisions(s_engine.Evaluate(input.Source.Snapshot, input.From));

        // Act
        var actual = Decisions(s_engine.Evaluate(input.Source.Snapshot, input.To));

        // Assert
        AssertSameLines(expected, actual);
    }

    /// The date property is not vacuous: the change dates include a membership's last day, the day after it and a
    /// framework's first day, and the decisions do differ across them.
    [Fact]
    public void ChangeDates_OfTheRichSnapshot_SeparateDatesWithDifferentDecisions()
    {
        // Arrange
        var snapshot = RichSnapshot.Build();

        // Act
        var dates = SnapshotTransform.ChangeDates(snapshot);

        // Assert
        Assert.Contains(new NodaTime.LocalDate(2025, 12, 31), dates);
        Assert.Contains(new NodaTime.LocalDate(2026, 1, 1), dates);
        Assert.Contains(snapshot.Frameworks.Max(f => f.EffectiveFrom), dates);
        Assert.NotEqual(
            Decisions(s_engine.Evaluate(snapshot, new NodaTime.LocalDate(2025, 12, 30))),
            Decisions(s_engine.Evaluate(snapshot, new NodaTime.LocalDate(2026, 1, 2))));
    }

    public static TheoryData<string> Sources() => ["example", "example without projects", "rich", "synthetic"];

    private static SnapshotCase Source(string name) => name switch
    {
        "example" => MetamorphicSources.Example,
        "example without projects" => MetamorphicSources.ExampleWithoutProjects,
        "rich" => MetamorphicSources.Rich[0],
        _ => MetamorphicSources.Synthetic(1),
    };

    // Names the first line that differs, whole, rather than a truncated collection.
    private static void AssertSameLines(IEnumerable<string> expected, IEnumerable<string> actual)
    {
        string[] e = [.. expected], a = [.. actual];
        var i = Enumerable.Range(0, System.Math.Min(e.Length, a.Length)).FirstOrDefault(k => e[k] != a[k], -1);
        Assert.True(i < 0, i < 0 ? "" : $"line {i} differs:\nexpected: {e[i]}\nactual:   {a[i]}");
        Assert.Equal(e.Length, a.Length);
    }

    private static IReadOnlyList<string> Decisions(GovernanceReport report)
        => [$"framework {report.Framework.Id}", .. report.Decisions.Select(d =>
            $"{d.Subject} | {d.Outcome} | {d.RuleId} | [{string.Join(",", d.Clauses)}] | {string.Join(",", d.Reasons.Select(r => r.Code))} | facts {string.Join(",", d.Facts)}")];

    // Whether the lottery decides something: two ranked interests in a project agree on every criterion before the
    // lottery (an entry's key shows each criterion, then the member id, the final tie-break), and their outcomes differ
    // or one of them is the cutoff the report names.
    private static bool LotteryDecides(GovernanceReport report)
        => report.Allocation.Projects.Any(p =>
        {
            var lottery = p.Criteria.IndexOf(Clems.Rules.Framework.CompetitionCriterion.Lottery);
            return p.Entries.Where(e => e.Rank is not null)
                .GroupBy(e => string.Join("\u0001", e.Key.Take(p.Criteria.Length).Where((_, i) => i != lottery)))
                .Any(g => g.Count() > 1 && (g.Select(e => e.Outcome).Distinct().Count() > 1 || g.Any(e => e.Rank == p.CutoffRank)));
        });

    // Whether G12's executive draw orders tied initiatives: without the seed, the evaluation refuses the input for
    // exactly that reason.
    private static bool ExecutiveDrawDecides(ClusterSnapshot snapshot, NodaTime.LocalDate asOf)
    {
        try
        {
            s_engine.Evaluate(snapshot with { LotterySeed = null }, asOf);
            return false;
        }
        catch (SnapshotValidationException e)
        {
            return e.Problems.Any(p => p.Code == "Executive.missing-lottery-seed");
        }
    }

    // A lottery ticket is a hash of the seed and the member's id, so renaming changes the ticket quoted in a reason text
    // (G16.cutoff: "… lottery 7aae65b38e8dea33") even where the lottery decides nothing.
    private static string WithoutTickets(string line) => Regex.Replace(line, "lottery [0-9a-f]{16}", "lottery <ticket>");
}
