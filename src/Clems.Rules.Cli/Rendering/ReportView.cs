using Clems.Rules.Engine;

namespace Clems.Rules.Cli.Rendering;

/// <summary>What a renderer shows: the report, and where its as-of date came from.</summary>
/// <param name="Report">The governance report.</param>
/// <param name="AsOfSource">Where the as-of date came from (the table says so; the JSON does not).</param>
internal sealed record ReportView(GovernanceReport Report, AsOfSource AsOfSource);
