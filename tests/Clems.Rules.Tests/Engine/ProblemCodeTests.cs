using System;
using System.Collections.Generic;
using System.Collections.Immutable;
using System.IO;
using System.Linq;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using Clems.Rules.Tests.Fixtures;
using Clems.Rules.Tests.Hostile;
using NodaTime;
using Xunit;

namespace Clems.Rules.Tests.Engine;

/// Every problem carries a stable code, every code is a constant of one <c>…Problems</c> class (each area's, the
/// engine's common ones, the reader's), and docs/scenario-format.md ("Problems") lists exactly those codes.
public sealed partial class ProblemCodeTests
{
    private static readonly LocalDate s_today = new(2026, 5, 10);

    private static readonly Lazy<HashSet<string>> s_documented = new(ReadDocumentedCodes);

    /// The code constants, by the class that declares them: static classes named <c>…Problems</c> in both packages.
    private static IEnumerable<(Type Owner, string Name, string Code)> Constants()
        => new[] { typeof(ValidationProblem).Assembly, typeof(ScenarioReader).Assembly }
            .SelectMany(a => a.GetTypes())
            .Where(t => t.IsAbstract && t.IsSealed && t.Name.EndsWith("Problems", StringComparison.Ordinal))
            .SelectMany(t => t.GetFields(BindingFlags.Static | BindingFlags.Public | BindingFlags.NonPublic)
                .Where(f => f.IsLiteral && f.FieldType == typeof(string))
                .Select(f => (t, f.Name, (string)f.GetRawConstantValue()!)));

    [Fact]
    public void Constants_EveryCode_IsDocumented()
    {
        // Act
        var undocumented = Constants().Where(c => !s_documented.Value.Contains(c.Code)).Select(c => $"{c.Owner.Name}.{c.Name} = {c.Code}").ToList();

        // Assert
        Assert.True(undocumented.Count == 0, "Not in docs/scenario-format.md (Problems): " + string.Join(", ", undocumented));
    }

    [Fact]
    public void Documentation_EveryListedCode_IsAConstant()
    {
        // Arrange
        var constants = Constants().Select(c => c.Code).ToHashSet(StringComparer.Ordinal);

        // Act
        var unknown = s_documented.Value.Where(code => !constants.Contains(code)).Order(StringComparer.Ordinal).ToList();

        // Assert
        Assert.True(unknown.Count == 0, "Documented but no constant: " + string.Join(", ", unknown));
    }

    [Fact]
    public void Constants_EachArea_HasItsProblemsClassAndUniqueCodes()
    {
        // Arrange
        var constants = Constants().ToList();

        // Act
        var owners = constants.Select(c => c.Owner.Name).ToHashSet(StringComparer.Ordinal);
        var repeated = constants.GroupBy(c => c.Code, StringComparer.Ordinal).Where(g => g.Count() > 1).Select(g => g.Key).ToList();

        // Assert
        Assert.Superset(
            new HashSet<string>(StringComparer.Ordinal)
            {
                "CommonProblems", "FormatProblems", "MembershipProblems", "FrameworkProblems", "InitiativesProblems", "WorkingGroupsProblems",
                "ConfidentialityProblems", "ExecutiveProblems", "InternalBidsProblems", "ClusterRoutesProblems", "ServicesProblems",
                "AdvertisingProblems", "TendersProblems", "AllocationProblems",
            },
            owners);
        Assert.Empty(repeated);
    }

    [Fact]
    public void Constants_AnAreasCodes_StartWithTheAreasName()
    {
        // Arrange
        var generic = new[] { "Id.", "Reference.", "List.", "Value." };

        // Act
        var misplaced = Constants()
            .Where(c => c.Owner.Name switch
            {
                "CommonProblems" => !generic.Any(p => c.Code.StartsWith(p, StringComparison.Ordinal)),
                _ => !c.Code.StartsWith(c.Owner.Name[..^"Problems".Length] + ".", StringComparison.Ordinal),
            })
            .Select(c => $"{c.Owner.Name}.{c.Name} = {c.Code}")
            .ToList();

        // Assert
        Assert.Empty(misplaced);
    }

    [Theory]
    [InlineData("")]
    [InlineData("dangling")]
    [InlineData("reference.dangling")]
    [InlineData("Reference.")]
    [InlineData("Reference.Dangling")]
    [InlineData("Reference.dangling-")]
    [InlineData("Reference.two--hyphens")]
    [InlineData(".dangling")]
    public void Constructor_CodeNotOfTheForm_IsRefused(string code)
    {
        // Act
        var error = Assert.Throws<ArgumentException>(() => new ValidationProblem("$", code, "Something is wrong."));

        // Assert
        Assert.Equal("Code", error.ParamName);
    }

    [Fact]
    public void ToString_ProblemWithACode_IsPathAndMessageOnly()
    {
        // Arrange
        var problem = new ValidationProblem("$.memberships[0].end", "Membership.ends-before-start", "The membership ends too early.");

        // Act
        var text = problem.ToString();

        // Assert
        Assert.Equal("$.memberships[0].end: The membership ends too early.", text);
    }

    [Theory]
    [MemberData(nameof(HostileRegressionTests.EveryKind), MemberType = typeof(HostileRegressionTests))]
    public void HostileDocument_EachMutationKind_ProblemsCarryDocumentedCodes(MutationKind kind, int where, int how)
        => AssertDocumentedCodes(HostileDocument.Build([new Mutation(kind, where, how)]));

    [HostileProperty]
    public void HostileDocument_Generated_ProblemsCarryDocumentedCodes(HostileDocument document)
        => AssertDocumentedCodes(document.Bytes);

    [Fact]
    public void HostileDocument_RegressionCases_ProblemsCarryDocumentedCodes()
    {
        // Arrange
        var example = File.ReadAllBytes(CliHarness.ExamplePath);
        var cases = new[]
        {
            [.. Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"lotterySeed\": \"ab"), 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"\n}")],
            [0xEF, 0xBB, 0xBF, .. example],
            Encoding.Latin1.GetBytes(Encoding.UTF8.GetString(example).Replace("Universitar", "Universitär", StringComparison.Ordinal)),
            Encoding.UTF8.GetBytes(Encoding.UTF8.GetString(example).Replace("\"schemaVersion\": 1", "\"schemaVersion\": 2", StringComparison.Ordinal)),
            example[..(example.Length / 2)],
        };

        // Act and assert
        foreach (var bytes in cases)
        {
            AssertDocumentedCodes(bytes);
        }
    }

    [Theory]
    [MemberData(nameof(EvaluateInvalidInputTests.BrokenDocuments), MemberType = typeof(EvaluateInvalidInputTests))]
    public void BrokenDocument_OfTheCliTests_ProblemsCarryDocumentedCodes(string kind, string json, string expectedLine)
    {
        // Act
        var problems = ProblemsOf(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.True(problems.Length > 0, $"{kind}: expected a problem such as {expectedLine}");
        AssertDocumented(problems);
    }

    [Fact]
    public void Evaluate_NoFrameworkInForce_ReportsItsCode()
    {
        // Arrange
        var snapshot = new ClusterSnapshot();

        // Act
        var error = Assert.Throws<SnapshotValidationException>(() => Engines.Shared.Evaluate(snapshot, s_today));

        // Assert
        Assert.Equal("Framework.none-in-force", Assert.Single(error.Problems).Code);
    }

    private static void AssertDocumentedCodes(byte[] bytes) => AssertDocumented(ProblemsOf(bytes));

    private static void AssertDocumented(IReadOnlyList<ValidationProblem> problems)
    {
        foreach (var problem in problems)
        {
            Assert.False(string.IsNullOrWhiteSpace(problem.Code), $"A problem without a code: {problem}");
            Assert.True(s_documented.Value.Contains(problem.Code), $"The code {problem.Code} of '{problem}' is not documented.");
        }
    }

    /// The problems reading the document reports, or, when it reads, those evaluating it reports (none when it evaluates).
    private static ImmutableArray<ValidationProblem> ProblemsOf(byte[] bytes)
    {
        ScenarioDocument document;
        try
        {
            document = ScenarioReader.Read(new MemoryStream(bytes, writable: false));
        }
        catch (SnapshotValidationException e)
        {
            return e.Problems;
        }

        try
        {
            Engines.Shared.Evaluate(document.Snapshot, document.AsOf ?? s_today);
            return [];
        }
        catch (SnapshotValidationException e)
        {
            return e.Problems;
        }
    }

    /// The codes of the tables of the page's "Problems" section: the first cell of each row, in backticks.
    private static HashSet<string> ReadDocumentedCodes()
    {
        var page = File.ReadAllLines(Path.Combine(AppContext.BaseDirectory, "scenario-format.md"));
        var start = Array.IndexOf(page, "## Problems");
        Assert.True(start >= 0, "docs/scenario-format.md has no \"## Problems\" section.");
        var section = page.Skip(start + 1).TakeWhile(line => !line.StartsWith("## ", StringComparison.Ordinal));
        return section
            .Select(line => CodeCell().Match(line))
            .Where(m => m.Success)
            .Select(m => m.Groups[1].Value)
            .ToHashSet(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^\| `([A-Za-z0-9]+\.[a-z0-9-]+)` \|")]
    private static partial Regex CodeCell();
}
