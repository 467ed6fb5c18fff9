using System;
using System.Collections.Generic;
using System.CommandLine;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Clems.Rules.Cli.Rendering;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using NodaTime.Text;
using Spectre.Console;

namespace Clems.Rules.Cli.Commands;

/// <summary><c>clems-rules rules [--format table|json|markdown] [--example FILE]</c>: the catalogue of compiled rules —
/// rule id, clause ids, description and the facts each matches.</summary>
/// <remarks><c>--format markdown</c> writes the traceability page (docs/governance-rules.md): for each clause of the
/// catalogue, its meaning, the rules that enforce it, their test classes (by convention, the rule class's name followed
/// by <c>Tests</c>) and a subject of the example on which each rule decides; a clause no rule enforces is listed as
/// descriptive with the reason <see cref="ClauseCatalogue"/> gives. The example is <c>--example</c>, else
/// docs/examples/clems-cluster.json under the current folder when it exists.</remarks>
internal sealed class RulesCommand
{
    /// <summary>The example evaluated when <c>--example</c> is not given, relative to the current folder.</summary>
    public const string DefaultExample = "docs/examples/clems-cluster.json";

    private const string TableFormat = "table";
    private const string JsonFormat = "json";
    private const string MarkdownFormat = "markdown";

    private readonly CliContext _context;

    public RulesCommand(CliContext context)
    {
        ArgumentNullException.ThrowIfNull(context);
        _context = context;
    }

    /// <summary>Builds the System.CommandLine command.</summary>
    /// <returns>The command.</returns>
    public Command Create()
    {
        var format = new Option<string>("--format")
        {
            Description = "How to write the catalogue: 'table' for people, 'json' for programs, 'markdown' for the traceability page docs/governance-rules.md.",
            HelpName = "table|json|markdown",
            DefaultValueFactory = _ => TableFormat,
        };
        format.AcceptOnlyFromAmong(TableFormat, JsonFormat, MarkdownFormat);
        var example = new Option<string?>("--example")
        {
            Description = $"With --format markdown: the scenario whose decisions show each rule deciding. Default: {DefaultExample} when it exists.",
            HelpName = "FILE",
        };
        var command = new Command("rules", "List the compiled governance rules with their clauses, description and the facts they match.");
        command.Options.Add(format);
        command.Options.Add(example);
        command.SetAction(parseResult => Execute(parseResult.GetValue(format) ?? TableFormat, parseResult.GetValue(example)));
        return command;
    }

    /// <summary>Runs the command.</summary>
    /// <param name="format">table, json or markdown.</param>
    /// <param name="example">The example to evaluate for the markdown page; <see langword="null"/> for the default.</param>
    /// <returns>The exit code: 0 written, 2 invalid example, 1 unexpected failure.</returns>
    public int Execute(string format, string? example)
    {
        try
        {
            var engine = new GovernanceEngine();
            switch (format)
            {
                case JsonFormat:
                    _context.Output.Write(ToJson(engine.Rules));
                    return ExitCodes.Evaluated;
                case MarkdownFormat:
                    var path = example ?? (File.Exists(DefaultExample) ? DefaultExample : null);
                    GovernanceReport? report = null;
                    if (path is not null)
                    {
                        if (!ScenarioFile.TryRead(path, _context.Error, out var document))
                        {
                            return ExitCodes.InvalidInput;
                        }

                        report = engine.Evaluate(document.Snapshot, document.AsOf ?? ClusterCalendar.Today(_context.Clock));
                    }

                    _context.Output.Write(ToMarkdown(engine.Rules, report, path is null ? null : Path.GetFileName(path)));
                    return ExitCodes.Evaluated;
                default:
                    WriteTable(engine.Rules);
                    return ExitCodes.Evaluated;
            }
        }
        catch (SnapshotValidationException exception)
        {
            ProblemWriter.WriteProblems(_context.Error, example ?? DefaultExample, exception.Problems);
            return ExitCodes.InvalidInput;
        }
#pragma warning disable CA1031 // The tool's last line of defence: any other failure is reported in one line, exit 1.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            ProblemWriter.WriteUnexpected(_context.Error, exception, verbose: false);
            return ExitCodes.UnexpectedFailure;
        }
    }

    /// The test class that, by convention, unit-tests a rule: its class name followed by "Tests".
    internal static string TestClassOf(RuleDescriptor rule) => rule.ClassName + "Tests";

    private void WriteTable(IReadOnlyList<RuleDescriptor> rules)
    {
        var console = TableReportRenderer.CreateConsole(_context.Style, _context.Output);
        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(new Text("Rule", Bold)))
            .AddColumn(new TableColumn(new Text("Clauses", Bold)))
            .AddColumn(new TableColumn(new Text("Description", Bold)))
            .AddColumn(new TableColumn(new Text("Matches", Bold)));
        foreach (var rule in rules)
        {
            table.AddRow(
                new Text(rule.Id),
                new Text(Clauses(rule)),
                new Text(rule.Description),
                new Text(string.Join(", ", rule.Matches)));
        }

        console.Write(table);
        console.WriteLine(string.Create(
            CultureInfo.InvariantCulture,
            $"{rules.Count} rules enforcing {rules.SelectMany(r => r.Clauses).Distinct().Count()} of the {ClauseCatalogue.Clauses.Length} clauses."));
    }

    private static string ToJson(IReadOnlyList<RuleDescriptor> rules)
    {
        using var stream = new MemoryStream();
        using (var writer = new Utf8JsonWriter(stream, new JsonWriterOptions { Indented = true, NewLine = "\n", Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping }))
        {
            writer.WriteStartArray();
            foreach (var rule in rules)
            {
                writer.WriteStartObject();
                writer.WriteString("id", rule.Id);
                writer.WriteStartArray("clauses");
                foreach (var clause in rule.Clauses)
                {
                    writer.WriteStringValue(clause.ToString());
                }

                writer.WriteEndArray();
                writer.WriteString("description", rule.Description);
                writer.WriteStartArray("matches");
                foreach (var fact in rule.Matches)
                {
                    writer.WriteStringValue(fact);
                }

                writer.WriteEndArray();
                writer.WriteNumber("priority", rule.Priority);
                writer.WriteString("class", rule.ClassName);
                writer.WriteEndObject();
            }

            writer.WriteEndArray();
        }

        return Encoding.UTF8.GetString(stream.ToArray()) + "\n";
    }

    private static string ToMarkdown(IReadOnlyList<RuleDescriptor> rules, GovernanceReport? report, string? exampleName)
    {
        var text = new StringBuilder();
        void Line(string line = "") => text.Append(line).Append('\n');

        Line("# Governance rules: clause → rules → tests → example");
        Line();
        Line("Generated by `clems-rules rules --format markdown > docs/governance-rules.md`; do not edit by hand. A test fails when");
        Line("this page differs from what the command generates, when a rule cites no clause or one outside the catalogue, when a");
        Line("clause is neither enforced by a rule nor descriptive, and when a rule has no test class.");
        Line();
        Line("- **Clause**: its id and meaning in short ([clauses](clauses.md) has the catalogue; descriptive clauses and their");
        Line("  reasons are kept in `ClauseCatalogue`, src/Clems.Rules/Decisions/ClauseCatalogue.cs).");
        Line("- **Rules**: the compiled rules citing the clause (each is explained on its area's page, indexed in [rules](rules.md)).");
        Line("- **Tests**: by convention, rule class `XRule` is unit-tested by the test class `XRuleTests` in");
        Line("  the folder of its area, tests/Clems.Rules.Tests/<Area>/.");
        if (report is not null && exampleName is not null)
        {
            Line(string.Create(
                CultureInfo.InvariantCulture,
                $"- **Example**: a subject of [{exampleName}](examples/{exampleName}), evaluated as of {LocalDatePattern.Iso.Format(report.AsOf)}, on which"));
            Line("  the rule decides, with the outcome: the first in the report's order with a reason under the clause, else the first.");
        }
        else
        {
            Line("- **Example**: no example was evaluated (no `--example` and no docs/examples/clems-cluster.json).");
        }

        var enforced = rules.SelectMany(r => r.Clauses).ToHashSet();
        var descriptive = ClauseCatalogue.Clauses.Where(c => !enforced.Contains(c.Id)).ToArray();
        Line();
        Line(string.Create(
            CultureInfo.InvariantCulture,
            $"{rules.Count} rules; {ClauseCatalogue.Clauses.Length - descriptive.Length} of the {ClauseCatalogue.Clauses.Length} clauses are enforced, {descriptive.Length} descriptive."));

        foreach (var clause in ClauseCatalogue.Clauses)
        {
            Line();
            Line($"## {clause.Id}");
            Line();
            Line(clause.Title);
            Line();
            var citing = rules.Where(r => r.Clauses.Contains(clause.Id)).ToArray();
            if (citing.Length == 0)
            {
                Line($"**Descriptive**: {clause.DescriptiveReason ?? "no rule enforces it and the catalogue gives no reason (the traceability tests fail)."}");
                continue;
            }

            Line("| Rule | Enforces | Tests | Example |");
            Line("|---|---|---|---|");
            foreach (var rule in citing)
            {
                Line($"| `{rule.Id}` | {Cell(rule.Description)} | `{TestClassOf(rule)}` | {Example(rule, clause.Id, report)} |");
            }
        }

        Line();
        Line("## Descriptive clauses");
        Line();
        if (descriptive.Length == 0)
        {
            Line("None: every clause of the catalogue is enforced by at least one rule.");
        }
        else
        {
            foreach (var clause in descriptive)
            {
                Line($"- {clause.Id}: {clause.DescriptiveReason}");
            }
        }

        return text.ToString();
    }

    private static string Example(RuleDescriptor rule, ClauseId clause, GovernanceReport? report)
    {
        if (report is null)
        {
            return "—";
        }

        // Prefer a decision with a reason under this clause (reason codes start with the clause id, e.g. "G3.").
        var prefix = clause + ".";
        var decisions = report.Decisions.Where(d => string.Equals(d.RuleId, rule.Id, StringComparison.Ordinal)).ToArray();
        var decision = decisions.FirstOrDefault(d => d.Reasons.Any(r => r.Code.StartsWith(prefix, StringComparison.Ordinal)))
            ?? decisions.FirstOrDefault();
        return decision is null
            ? "none: it decides nothing itself, or the example has no case for it"
            : $"{TableReportRenderer.Kind(decision.Subject.Kind)} `{decision.Subject.Id}`: {TableReportRenderer.Outcome(decision.Outcome)}";
    }

    private static string Cell(string text) => text.Replace("|", "\\|", StringComparison.Ordinal);

    private static string Clauses(RuleDescriptor rule) => string.Join(", ", rule.Clauses);

    private static Style Bold { get; } = new(decoration: Decoration.Bold);
}
