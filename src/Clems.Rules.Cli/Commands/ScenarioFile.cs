using System;
using System.IO;
using Clems.Rules.Scenarios;

namespace Clems.Rules.Cli.Commands;

/// Opens and reads a scenario document for a command, reporting a missing or unreadable file as one `path: message` line.
internal static class ScenarioFile
{
    /// <summary>Reads the document; a file problem is written to <paramref name="error"/> and gives <see langword="false"/>.</summary>
    /// <remarks>A document that reads but is invalid throws <see cref="Clems.Rules.Engine.SnapshotValidationException"/>.</remarks>
    public static bool TryRead(string path, TextWriter error, out ScenarioDocument document)
    {
        document = null!;
        string? problem;
        try
        {
            using var stream = File.OpenRead(path);
            document = ScenarioReader.Read(stream);
            return true;
        }
        catch (FileNotFoundException)
        {
            problem = "The file does not exist; check the path, or give the path of a scenario document such as docs/examples/clems-cluster.json.";
        }
        catch (DirectoryNotFoundException)
        {
            problem = "The folder of the file does not exist; check the path.";
        }
        catch (UnauthorizedAccessException)
        {
            problem = "The file cannot be opened (it is a folder, or access is denied); give the path of a readable JSON file.";
        }
        catch (IOException exception)
        {
            problem = $"The file cannot be read: {ProblemWriter.OneLine(exception.Message)}";
        }

        ProblemWriter.WriteFileProblem(error, path, problem);
        return false;
    }
}
