using System;
using System.Collections.Generic;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text.RegularExpressions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Xunit;

namespace Clems.Rules.Tests.Engine;

/// Every reason code is a constant of its area's reasons file (`AreaReasons.Codes`) and is documented on the area's
/// page (docs/areas/area.md, "Reason codes"); the engine emits no code outside that catalogue.
public sealed partial class ReasonCodeTests
{
    private static readonly Lazy<IReadOnlyList<(string Area, string Code)>> s_catalogue = new(Catalogue);

    [Fact]
    public void Catalogue_EveryAreaWithRulesHasReasonCodes()
    {
        // Arrange
        var areasWithRules = Fixtures.Engines.Shared.Rules.Select(r => r.Id.Split('.')[0]).ToHashSet(StringComparer.Ordinal);

        // Act
        var withCodes = s_catalogue.Value.Select(c => c.Area).ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.Empty(areasWithRules.Except(withCodes));
    }

    [Fact]
    public void Catalogue_EveryCodeIsDocumentedOnItsAreasPage()
    {
        // Act
        var undocumented = s_catalogue.Value
            .Where(c => !Page(c.Area).Contains($"`{c.Code}`", StringComparison.Ordinal))
            .Select(c => $"{c.Code} (docs/areas/{PageName(c.Area)}.md)")
            .ToList();

        // Assert
        Assert.True(undocumented.Count == 0, "Reason codes missing from their area's page: " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Catalogue_EveryCodeHasTheFormOfAClauseAndAName()
    {
        // Act
        var malformed = s_catalogue.Value.Select(c => c.Code).Where(c => !CodeForm().IsMatch(c)).ToList();

        // Assert
        Assert.Empty(malformed);
    }

    [Fact]
    public void Evaluate_BundledExampleAndSyntheticCluster_EmitOnlyCataloguedCodes()
    {
        // Arrange
        var known = s_catalogue.Value.Select(c => c.Code).ToHashSet(StringComparer.Ordinal);
        using var example = File.OpenRead(Path.Combine(AppContext.BaseDirectory, "examples", "clems-cluster.json"));
        var documents = new[] { ScenarioReader.Read(example), SyntheticScenario.Generate(SyntheticSize.S, seed: 7) };

        // Act
        var emitted = documents
            .SelectMany(d => Fixtures.Engines.Shared.Evaluate(d.Snapshot, d.AsOf!.Value).Decisions)
            .SelectMany(d => d.Reasons)
            .Select(r => r.Code)
            .ToHashSet(StringComparer.Ordinal);

        // Assert
        Assert.NotEmpty(emitted);
        Assert.Empty(emitted.Where(c => !known.Contains(c)).Order(StringComparer.Ordinal));
    }

    /// Each `AreaReasons.Codes` constant of the library, with the area it belongs to (the namespace's last part).
    private static IReadOnlyList<(string Area, string Code)> Catalogue()
        => [.. typeof(GovernanceEngine).Assembly.GetTypes()
            .Where(t => t.Name == "Codes" && t.DeclaringType is { } reasons && reasons.Name.EndsWith("Reasons", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.NonPublic | BindingFlags.Public)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (Area: t.Namespace!["Clems.Rules.".Length..], Code: (string)f.GetRawConstantValue()!)))];

    private static string Page(string area) => File.ReadAllText(Path.Combine(AppContext.BaseDirectory, "areas", PageName(area) + ".md"));

    /// The page of an area: its name in kebab case (WorkingGroups → working-groups).
    private static string PageName(string area) => UpperLetter().Replace(area, m => (m.Index > 0 ? "-" : string.Empty) + m.Value.ToLowerInvariant());

    [GeneratedRegex("^[GS][0-9]{1,2}\\.[a-z0-9]+(-[a-z0-9]+)*$")]
    private static partial Regex CodeForm();

    [GeneratedRegex("[A-Z]")]
    private static partial Regex UpperLetter();
}
