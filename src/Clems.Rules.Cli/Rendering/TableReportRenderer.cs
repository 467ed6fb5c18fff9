using System;
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
        var console = CreateConsole(output);
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
    }

    private static Style Bold { get; } = new(decoration: Decoration.Bold);

    private IAnsiConsole CreateConsole(TextWriter output)
    {
        var console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = _style.UseColours ? AnsiSupport.Detect : AnsiSupport.No,
            ColorSystem = _style.UseColours ? ColorSystemSupport.Detect : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.No,
            Out = new AnsiConsoleOutput(output),
        });
        if (_style.Width is { } width)
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

    private static string Kind(SubjectKind kind) => kind switch
    {
        SubjectKind.WorkingGroup => "working group",
        _ => kind.ToString().ToLowerInvariant(),
    };

    private static string Outcome(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Applied => "applied",
        DecisionOutcome.Runnable => "runnable",
        DecisionOutcome.NotRunnable => "not runnable",
        DecisionOutcome.Rejected => "rejected",
        _ => outcome.ToString().ToLowerInvariant(),
    };

    private static Style OutcomeStyle(DecisionOutcome outcome) => outcome switch
    {
        DecisionOutcome.Applied => new Style(Color.Blue),
        DecisionOutcome.Runnable => new Style(Color.Green),
        DecisionOutcome.NotRunnable => new Style(Color.Yellow),
        DecisionOutcome.Rejected => new Style(Color.Red),
        _ => Style.Plain,
    };
}
