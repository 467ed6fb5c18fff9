using System;
using System.IO;

namespace Clems.Rules.Tests.Cli;

/// A scenario document written to a temporary file for the length of a test.
internal sealed class TempScenario : IDisposable
{
    private readonly string _folder;

    public TempScenario(string json, string fileName = "scenario.json")
    {
        _folder = System.IO.Path.Combine(System.IO.Path.GetTempPath(), "clems-rules-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(_folder);
        Path = System.IO.Path.Combine(_folder, fileName);
        File.WriteAllText(Path, json);
    }

    public string Path { get; }

    public void Dispose() => Directory.Delete(_folder, recursive: true);
}
