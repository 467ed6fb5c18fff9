namespace Clems.Rules.Cli.Rendering;

/// <summary>The output formats of a governance report.</summary>
internal enum ReportFormat
{
    /// <summary>A table for people (Spectre.Console).</summary>
    Table,

    /// <summary>The report JSON of the scenario format (<c>ReportWriter.ToJson</c>), for programs.</summary>
    Json,
}
