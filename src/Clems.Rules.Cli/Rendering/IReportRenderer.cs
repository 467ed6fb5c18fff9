using System.IO;

namespace Clems.Rules.Cli.Rendering;

/// <summary>Writes a governance report in one output format.</summary>
internal interface IReportRenderer
{
    /// <summary>Writes the report.</summary>
    /// <param name="view">The report and its context.</param>
    /// <param name="output">Where to write it.</param>
    void Render(ReportView view, TextWriter output);
}
