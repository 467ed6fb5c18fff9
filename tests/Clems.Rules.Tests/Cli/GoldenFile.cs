using System;
using System.IO;
using System.Linq;
using System.Text;
using Xunit;

namespace Clems.Rules.Tests.Cli;

/// Expected outputs kept as files in tests/Clems.Rules.Tests/Cli/Golden/, read from the source tree (so that a
/// regenerated file counts without a rebuild) and compared byte for byte. `python3 eng/update-golden.py` writes them.
internal static class GoldenFile
{
    /// The folder of the golden files, from the repository root.
    public const string Folder = "tests/Clems.Rules.Tests/Cli/Golden";

    /// The command, run from the repository root, that regenerates every golden file.
    public const string RegenerateCommand = "python3 eng/update-golden.py";

    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// The golden file's path from the repository root, as the failure messages name it.
    public static string RepositoryPath(string name) => Folder + "/" + name;

    /// Fails, naming the file and how to regenerate it, unless <paramref name="actual"/> encoded as UTF-8 (no byte order
    /// mark) is byte for byte the golden file <paramref name="name"/>.
    public static void AssertMatches(string name, string actual)
    {
        var path = Path.Combine(s_repositoryRoot.Value, Folder, name);
        if (!File.Exists(path))
        {
            Assert.Fail($"The golden file {RepositoryPath(name)} does not exist. Run `{RegenerateCommand}` from the repository root to write it, then review it.");
        }

        var expectedBytes = File.ReadAllBytes(path);
        var actualBytes = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetBytes(actual);
        if (expectedBytes.AsSpan().SequenceEqual(actualBytes))
        {
            return;
        }

        Assert.Fail(Describe(name, Encoding.UTF8.GetString(expectedBytes), actual, expectedBytes.Length, actualBytes.Length));
    }

    private static string Describe(string name, string expected, string actual, int expectedLength, int actualLength)
    {
        var e = expected.Split('\n');
        var a = actual.Split('\n');
        var line = Enumerable.Range(0, Math.Max(e.Length, a.Length))
            .First(i => i >= e.Length || i >= a.Length || !string.Equals(e[i], a[i], StringComparison.Ordinal));
        return $"""
            The output differs from the golden file {RepositoryPath(name)} at line {line + 1}:
              golden: {Show(e, line)}
              actual: {Show(a, line)}
            (golden: {expectedLength} bytes; actual: {actualLength} bytes.)
            If the change is intended, run `{RegenerateCommand}` from the repository root and review the diff of {RepositoryPath(name)}.
            """;
    }

    private static string Show(string[] lines, int index)
        => index < lines.Length
            ? "\"" + lines[index].Replace("\r", "\\r", StringComparison.Ordinal).Replace("\t", "\\t", StringComparison.Ordinal) + "\""
            : "(end of file)";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "Clems.Rules.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException(
            $"No folder above {AppContext.BaseDirectory} holds Clems.Rules.sln, so the golden files in {Folder} cannot be found; run the tests from a clone of the repository.");
    }
}
