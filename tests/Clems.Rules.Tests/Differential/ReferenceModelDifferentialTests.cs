using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using Clems.Rules.Reference;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Allocation;
using Clems.Rules.Tests.Fixtures;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Differential;

/// The engine decides exactly what the reference model of the clauses decides: same subjects, outcomes, rules,
/// clauses and reason codes (texts aside).
public sealed class ReferenceModelDifferentialTests
{
    public static TheoryData<string, string> ExampleDates()
    {
        var data = new TheoryData<string, string>();
        foreach (var path in Directory.GetFiles(Path.Combine(AppContext.BaseDirectory, "examples"), "*.json").Order(StringComparer.Ordinal))
        {
            var name = Path.GetFileName(path);
            foreach (var date in new[] { "document", "2025-06-30", "2025-12-31", "2026-01-01", "2026-06-01", "2027-01-01" })
            {
                data.Add(name, date);
            }
        }

        return data;
    }

    public static TheoryData<string> RichDates()
        => [.. RichSnapshot.AsOfDates.Select(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture))];

    [Theory]
    [MemberData(nameof(ExampleDates))]
    public void BundledExample_AtSeveralDates_EngineDecidesAsTheReference(string file, string date)
    {
        // Arrange
        using var stream = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "examples", file));
        var document = ScenarioReader.Read(stream);
        var asOf = date == "document" ? document.AsOf!.Value : LocalDate.FromDateTime(DateTime.Parse(date, System.Globalization.CultureInfo.InvariantCulture));

        // Act & Assert
        Differential.AssertSameDecisions(document.Snapshot, asOf);
    }

    [Theory]
    [MemberData(nameof(RichDates))]
    public void RichSnapshot_AtItsDates_EngineDecidesAsTheReference(string date)
    {
        // Arrange
        var asOf = RichSnapshot.AsOfDates.Single(d => d.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture) == date);

        // Act & Assert
        Differential.AssertSameDecisions(RichSnapshot.Build(), asOf);
    }

    [DifferentialProperty(scale: 0.2)]
    public void PermutedRichSnapshot_EngineDecidesAsTheReference(PermutedSnapshot input)
        => Differential.AssertSameDecisions(input.Snapshot, input.AsOf);

    [DifferentialProperty]
    public void RandomAllocationCase_EngineDecidesAsTheReference(AllocationCase input)
        => Differential.AssertSameDecisions(input.Build(), Dates.AsOf);

    [Fact]
    public void Reference_CoversEveryRuleThatDecides()
    {
        // Arrange
        var rules = Differential.Engine.Rules.Select(r => r.Id).Where(id => id != "Allocation.Demand").ToHashSet();
        var decided = new HashSet<string>();

        // Act
        foreach (var asOf in RichSnapshot.AsOfDates)
        {
            decided.UnionWith(ReferenceModel.Decide(RichSnapshot.Build(), asOf).Select(d => d.RuleId));
        }

        // Assert
        Assert.Subset(rules, decided);
        Assert.Subset(decided, rules);
    }

    [Fact]
    public void Reference_ClausesPerRule_MatchTheEngineCatalogue()
    {
        // Arrange
        var catalogue = Differential.Engine.Rules.ToDictionary(r => r.Id, r => string.Join(",", r.Clauses.Select(c => c.ToString())));

        // Act
        var reference = RichSnapshot.AsOfDates
            .SelectMany(d => ReferenceModel.Decide(RichSnapshot.Build(), d))
            .GroupBy(d => d.RuleId)
            .ToDictionary(g => g.Key, g => g.Select(d => string.Join(",", d.Clauses)).Distinct().Single());

        // Assert
        foreach (var (rule, clauses) in reference)
        {
            Assert.Equal(catalogue[rule], clauses);
        }
    }
}
