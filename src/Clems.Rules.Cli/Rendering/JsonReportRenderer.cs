using System;
using System.IO;
using Clems.Rules.Scenarios;

namespace Clems.Rules.Cli.Rendering;

/// <summary>Writes exactly <see cref="ReportWriter.ToJson"/>: the report JSON of the scenario format, nothing added.</summary>
internal sealed class JsonReportRenderer : IReportRenderer
{
    public void Render(ReportView view, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        output.Write(ReportWriter.ToJson(view.Report));
    }
}
