using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using Clems.Rules.Decisions;
using NodaTime.Text;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Clems.Rules.Cli.Rendering;

/// <summary>Writes a report for people: the as-of date and the framework applied, then one table row per decision
/// (subject, outcome, rule, clauses, reasons one per line), then the count of decisions by outcome.</summary>
/// <remarks>Colours only when <see cref="ConsoleStyle.UseColours"/>; redirected output is plain text.</remarks>
internal sealed class TableReportRenderer : IReportRenderer
{
    private const int MinimumWidth = 60;

    private readonly ConsoleStyle _style;

    public TableReportRenderer(ConsoleStyle style)
    {
        ArgumentNullException.ThrowIfNull(style);
        _style = style;
    }

    public void Render(ReportView view, TextWriter output)
    {
        ArgumentNullException.ThrowIfNull(view);
        ArgumentNullException.ThrowIfNull(output);
        var console = CreateConsole(_style, output);
        var report = view.Report;
        var framework = report.Framework;

        var header = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        header.AddRow(new Text("As of", Bold), new Text($"{Date(report.AsOf)} ({Describe(view.AsOfSource)})"));
        header.AddRow(
            new Text("Framework", Bold),
            new Text($"{framework.Id} (adopted {Date(framework.AdoptedOn)}, in force from {Date(framework.EffectiveFrom)})"));
        console.Write(header);
        console.WriteLine();

        var table = new Table()
            .Border(TableBorder.Rounded)
            .AddColumn(new TableColumn(new Text("Subject", Bold)))
            .AddColumn(new TableColumn(new Text("Outcome", Bold)).NoWrap())
            .AddColumn(new TableColumn(new Text("Rule", Bold)))
            .AddColumn(new TableColumn(new Text("Clauses", Bold)).NoWrap())
            .AddColumn(new TableColumn(new Text("Reasons", Bold)));
        foreach (var decision in report.Decisions)
        {
            table.AddRow(
                new Text($"{Kind(decision.Subject.Kind)} {decision.Subject.Id}"),
                new Text(Outcome(decision.Outcome), OutcomeStyle(decision.Outcome)),
                new Text(decision.RuleId),
                new Text(string.Join(", ", decision.Clauses)),
                new Rows(decision.Reasons.Select(r => (IRenderable)new Text("• " + r.Text))));
        }

        console.Write(table);
        console.WriteLine(Summary(report.Decisions.Select(d => d.Outcome).ToArray()));
        // One lookup for every key table: asking the report per entry would scan all decisions for each interest.
        var interestDecisions = report.Decisions.Where(d => d.Subject.Kind == SubjectKind.Interest).ToLookup(d => d.Subject.Id, StringComparer.Ordinal);
        foreach (var project in report.Allocation.Projects)
        {
            console.WriteLine();
            console.Write(AllocationTable(interestDecisions, project));
        }
    }

    /// One project's key table (G8, G16): every interest by rank with its key, its outcome and the reason behind it.
    private static Table AllocationTable(ILookup<string, Decision> interestDecisions, Clems.Rules.Allocation.ProjectAllocation project)
    {
        var status = project.Allocated ? "allocated" : "not allocated";
        var cutoff = project.CutoffRank is { } rank ? string.Create(CultureInfo.InvariantCulture, $", cutoff at rank {rank}") : string.Empty;
        var table = new Table()
            .Border(TableBorder.Rounded)
            .Title(new TableTitle(string.Create(CultureInfo.InvariantCulture, $"Project {project.Project}: {project.Places} place{(project.Places == 1 ? string.Empty : "s")}, {status}{cutoff}"), Bold))
            .AddColumn(new TableColumn(new Text("Rank", Bold)).RightAligned().NoWrap())
            .AddColumn(new TableColumn(new Text("Member", Bold)))
            .AddColumn(new TableColumn(new Text("Outcome", Bold)).NoWrap());
        foreach (var criterion in project.Criteria)
        {
            table.AddColumn(new TableColumn(new Text(Words(criterion.ToString()), Bold)));
        }

        table.AddColumn(new TableColumn(new Text("Why", Bold)));
        foreach (var entry in project.Entries)
        {
            var why = interestDecisions[DecisionSubject.Interest(project.Project, entry.Member).Id]
                .SelectMany(d => d.Reasons)
                .Select(r => (IRenderable)new Text(r.Text));
            var cells = new List<IRenderable>
            {
                new Text(entry.Rank?.ToString(CultureInfo.InvariantCulture) ?? "–"),
                new Text(entry.Member.Value),
                new Text(Words(entry.Outcome.ToString())),
            };
            cells.AddRange(project.Criteria.Select((_, i) => (IRenderable)new Text(i < entry.Key.Length ? entry.Key[i] : string.Empty)));
            cells.Add(new Rows(why));
            table.AddRow(cells);
        }

        return table;
    }

    /// "NotAllocated" → "not allocated".
    private static string Words(string pascal)
        => string.Concat(pascal.Select((c, i) => char.IsUpper(c) && i > 0 ? " " + char.ToLowerInvariant(c) : char.ToLowerInvariant(c).ToString()));

    private static Style Bold { get; } = new(decoration: Decoration.Bold);

    /// A Spectre console on the output: colours and width from the style (also used by `rules --format table`).
    internal static IAnsiConsole CreateConsole(ConsoleStyle style, TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = style.UseColours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = style.UseColours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (style.Width is { } width)
        {
            console.Profile.Width = width;
        }
        else if (console.Profile.Width < MinimumWidth)
        {
            // A terminal that reports no usable size (some CI pseudo-terminals report 0) would squeeze the table to nothing.
            console.Profile.Width = ConsoleStyle.RedirectedWidth;
        }

        console.Profile.Capabilities.Unicode = true;
        return console;
    }

    private static string Summary(DecisionOutcome[] outcomes)
    {
        var counts = Enum.GetValues<DecisionOutcome>()
            .Select(o => (Outcome: o, Count: outcomes.Count(x => x == o)))
            .Where(c => c.Count > 0)
            .Select(c => string.Create(CultureInfo.InvariantCulture, $"{c.Count} {Outcome(c.Outcome)}"));
        return string.Create(
            CultureInfo.InvariantCulture,
            $"{outcomes.Length} decision{(outcomes.Length == 1 ? string.Empty : "s")}: {string.Join(", ", counts)}.");
    }

    private static string Date(NodaTime.LocalDate date) => LocalDatePattern.Iso.Format(date);

    private static string Describe(AsOfSource source) => source switch
    {
        AsOfSource.Option => "from --as-of",
        AsOfSource.Document => "from the document",
        _ => "today in " + ClusterCalendar.ZoneId,
    };

    internal static string Kind(SubjectKind kind) => Words(kind.ToString());

    internal static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Applied => "applied",
        DecisionOutcome.Runnable => "runnable",
        DecisionOutcome.NotRunnable => "not runnable",
        DecisionOutcome.Rejected => "rejected",
        _ => Words(outcome.ToString()),
    };

    private static Style OutcomeStyle(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Applied => new Style(Color.Blue),
        DecisionOutcome.Runnable => new Style(Color.Green),
        DecisionOutcome.NotRunnable => new Style(Color.Yellow),
        DecisionOutcome.Rejected or DecisionOutcome.Blocked or DecisionOutcome.Ineligible or DecisionOutcome.NotAllocated => new Style(Color.Red),
        DecisionOutcome.Approved or DecisionOutcome.Admitted or DecisionOutcome.Allocated or DecisionOutcome.Supported => new Style(Color.Green),
        DecisionOutcome.Waitlisted or DecisionOutcome.Queued or DecisionOutcome.Flagged => new Style(Color.Yellow),
        _ => Style.Plain,
    };
}
