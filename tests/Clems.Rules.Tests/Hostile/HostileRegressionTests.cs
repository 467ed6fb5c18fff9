using System;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json.Nodes;
using Clems.Rules.Engine;
using Clems.Rules.Scenarios;
using Clems.Rules.Tests.Cli;
using Xunit;

namespace Clems.Rules.Tests.Hostile;

/// Hostile documents that once crashed the reader (found by HostileInputTests), and one fixed case per mutation kind.
public sealed class HostileRegressionTests
{
    private static byte[] Example() => File.ReadAllBytes(CliHarness.ExamplePath);

    private static byte[] WithOrganizationName(string name)
    {
        var root = JsonNode.Parse(Example())!;
        root["organizations"]![0]!["name"] = name;
        return Encoding.UTF8.GetBytes(root.ToJsonString());
    }

    private static SnapshotValidationException ReadFails(byte[] bytes)
        => Assert.Throws<SnapshotValidationException>(() => ScenarioReader.Read(new MemoryStream(bytes)));

    [Fact]
    public void Read_InvalidUtf8InsideAString_ReportsNotUtf8WithLineAndByte()
    {
        // Arrange: was InvalidOperationException "Cannot transcode invalid UTF-8 JSON text to UTF-16 string" (exit 1).
        var bytes = Encoding.UTF8.GetBytes("{\n  \"schemaVersion\": 1,\n  \"lotterySeed\": \"ab");
        bytes = [.. bytes, 0xED, 0xA0, 0x80, .. Encoding.UTF8.GetBytes("\"\n}")];

        // Act
        var problem = Assert.Single(ReadFails(bytes).Problems);

        // Assert
        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid UTF-8 at line 3, byte 21", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    public void Read_Utf16OrLatin1Document_ReportsNotUtf8(int encoding)
    {
        // Arrange
        var text = Encoding.UTF8.GetString(WithOrganizationName("Cafe Universitar")).Replace("Cafe Universitar", "Café Universitar", StringComparison.Ordinal);
        var bytes = encoding == 0 ? [.. Encoding.Unicode.GetPreamble(), .. Encoding.Unicode.GetBytes(text)] : Encoding.Latin1.GetBytes(text);

        // Act
        var problem = Assert.Single(ReadFails(bytes).Problems);

        // Assert
        Assert.Contains("not valid UTF-8", problem.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(" Padded")]
    [InlineData("Padded\t")]
    public void Read_NameWithSurroundingWhiteSpace_ReportsTheField(string name)
    {
        // Arrange: was ArgumentException from the Organization constructor (exit 1).
        var bytes = WithOrganizationName(name);

        // Act
        var problem = Assert.Single(ReadFails(bytes).Problems);

        // Assert
        Assert.Equal("$.organizations[0].name", problem.Path);
        Assert.Contains("white space", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Read_LeadingByteOrderMark_IsAProblemAtTheRoot()
    {
        // Act
        var problem = Assert.Single(ReadFails([0xEF, 0xBB, 0xBF, .. Example()]).Problems);

        // Assert
        Assert.Equal("$", problem.Path);
        Assert.Contains("not valid JSON at line 1, byte 1", problem.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_InvalidUtf8ThroughCli_ExitsWithInvalidInput()
        => HostileInputTests.AssertCliEndsInValidation([.. Example()[..40], 0xFF, .. Example()[40..]]);

    [Fact]
    public void Evaluate_PaddedNameThroughCli_ExitsWithInvalidInput()
        => HostileInputTests.AssertCliEndsInValidation(WithOrganizationName(" " + new string('r', 1 << 20)));

    /// One fixed document per mutation kind, so that each kind runs on every build whatever the generator draws.
    [Theory]
    [MemberData(nameof(EveryKind))]
    public void Read_EachMutationKind_EndsInValidation(MutationKind kind, int where, int how)
    {
        // Arrange
        var bytes = HostileDocument.Build([new Mutation(kind, where, how)]);

        // Act and assert
        HostileInputTests.AssertReadEndsInValidation(bytes);
        HostileInputTests.AssertCliEndsInValidation(bytes);
    }

    public static TheoryData<MutationKind, int, int> EveryKind()
    {
        var data = new TheoryData<MutationKind, int, int>();
        foreach (var kind in Enum.GetValues<MutationKind>())
        {
            foreach (var (where, how) in new[] { (7, 0), (1_375_176_637, 1_586_367_820), (42, 3) })
            {
                data.Add(kind, where, how);
            }
        }

        return data;
    }

    [Fact]
    public void Read_BundledExample_Succeeds()
    {
        // The generator's starting point must itself be valid, or every case would pass for the wrong reason.
        Assert.False(HostileDocument.Build([]).SequenceEqual(Array.Empty<byte>()));
        Assert.True(HostileInputTests.AssertReadEndsInValidation(HostileDocument.Build([])));
    }
}
