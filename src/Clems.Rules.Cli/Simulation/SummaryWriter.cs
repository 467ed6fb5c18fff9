using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Text;
using System.Text.Json;
using Clems.Rules.Scenarios;
using Spectre.Console;

namespace Clems.Rules.Cli.Simulation;

/// <summary>Writes a simulation's summary as tables (for people) or JSON (for programs); docs/simulation.md lists the fields.</summary>
internal static class SummaryWriter
{
    public static void WriteJson(TextWriter output, string size, ulong seed, SyntheticCounts counts, IReadOnlyList<StageTiming> stages, long peakWorkingSet, SimulationSummary summary)
    {
        using var buffer = new MemoryStream();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            json.WriteStartObject();
            json.WriteString("size", size);
            json.WriteNumber("seed", seed);
            json.WriteStartObject("counts");
            json.WriteNumber("members", counts.Members);
            json.WriteNumber("projects", counts.Projects);
            json.WriteNumber("interests", counts.Interests);
            json.WriteNumber("tenders", counts.Tenders);
            json.WriteNumber("tenderProfiles", counts.TenderProfiles);
            json.WriteEndObject();
            json.WriteStartArray("stages");
            foreach (var stage in stages)
            {
                json.WriteStartObject();
                json.WriteString("name", stage.Name);
                json.WriteNumber("seconds", Math.Round(stage.Elapsed.TotalSeconds, 3));
                json.WriteNumber("allocatedBytes", stage.AllocatedBytes);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteNumber("peakWorkingSetBytes", peakWorkingSet);
            json.WriteStartObject("decisions");
            json.WriteNumber("total", summary.TotalDecisions);
            json.WriteStartObject("byOutcome");
            foreach (var (outcome, count) in summary.ByOutcome)
            {
                json.WriteNumber(JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()), count);
            }

            json.WriteEndObject();
            json.WriteStartObject("byClause");
            foreach (var (clause, count) in summary.ByClause)
            {
                json.WriteNumber(clause.ToString(), count);
            }

            json.WriteEndObject();
            json.WriteEndObject();
            json.WriteStartObject("places");
            json.WriteNumber("offered", summary.PlacesOffered);
            json.WriteNumber("offeredInAllocatedProjects", summary.PlacesOfferedInAllocatedProjects);
            json.WriteNumber("filled", summary.PlacesFilled);
            json.WriteEndObject();
            json.WriteStartObject("lottery");
            json.WriteNumber("rankedInterests", summary.RankedInterests);
            json.WriteNumber("decidedByLottery", summary.DecidedByLottery);
            json.WriteNumber("share", Share(summary.DecidedByLottery, summary.RankedInterests));
            json.WriteEndObject();
            json.WriteStartArray("admittedByKind");
            foreach (var (kind, interests, admitted) in summary.ByKind)
            {
                json.WriteStartObject();
                json.WriteString("kind", JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()));
                json.WriteNumber("interests", interests);
                json.WriteNumber("admitted", admitted);
                json.WriteNumber("share", Share(admitted, interests));
                json.WriteEndObject();
            }

            json.WriteEndArray();
            json.WriteEndObject();
        }

        output.WriteLine(Encoding.UTF8.GetString(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    public static void WriteTables(IAnsiConsole console, string size, ulong seed, SyntheticCounts counts, IReadOnlyList<StageTiming> stages, long peakWorkingSet, SimulationSummary summary)
    {
        console.WriteLine(Inv($"Simulation of size {size}, seed {seed}: {counts.Members:N0} organisations, {counts.Projects:N0} projects, {counts.Interests:N0} interests, {counts.Tenders:N0} tenders."));
        var timings = new Table().Border(TableBorder.Rounded).AddColumn("Stage").AddColumn(new TableColumn("Seconds").RightAligned()).AddColumn(new TableColumn("Allocated").RightAligned());
        foreach (var stage in stages)
        {
            timings.AddRow(stage.Name, Inv($"{stage.Elapsed.TotalSeconds:F3}"), Megabytes(stage.AllocatedBytes));
        }

        console.Write(timings);
        console.WriteLine(Inv($"Peak working set: {Megabytes(peakWorkingSet)}."));
        var outcomes = new Table().Border(TableBorder.Rounded).AddColumn("Outcome").AddColumn(new TableColumn("Decisions").RightAligned());
        foreach (var (outcome, count) in summary.ByOutcome)
        {
            outcomes.AddRow(JsonNamingPolicy.CamelCase.ConvertName(outcome.ToString()), Inv($"{count:N0}"));
        }

        outcomes.AddRow("total", Inv($"{summary.TotalDecisions:N0}"));
        console.Write(outcomes);
        var clauses = new Table().Border(TableBorder.Rounded).AddColumn("Clause").AddColumn(new TableColumn("Decisions").RightAligned());
        foreach (var (clause, count) in summary.ByClause)
        {
            clauses.AddRow(clause.ToString(), Inv($"{count:N0}"));
        }

        console.Write(clauses);
        console.WriteLine(Inv($"Places filled: {summary.PlacesFilled:N0} of {summary.PlacesOfferedInAllocatedProjects:N0} offered by projects that allocated ({summary.PlacesOffered:N0} offered in all)."));
        console.WriteLine(Inv($"Decided by the lottery: {summary.DecidedByLottery:N0} of {summary.RankedInterests:N0} ranked interests ({Percent(summary.DecidedByLottery, summary.RankedInterests)})."));
        var kinds = new Table().Border(TableBorder.Rounded).AddColumn("Kind").AddColumn(new TableColumn("Interests").RightAligned()).AddColumn(new TableColumn("Admitted").RightAligned()).AddColumn(new TableColumn("Share").RightAligned());
        foreach (var (kind, interests, admitted) in summary.ByKind)
        {
            kinds.AddRow(JsonNamingPolicy.CamelCase.ConvertName(kind.ToString()), Inv($"{interests:N0}"), Inv($"{admitted:N0}"), Percent(admitted, interests));
        }

        console.Write(kinds);
    }

    public static string Megabytes(long bytes) => Inv($"{bytes / (1024.0 * 1024.0):N0} MB");

    private static double Share(long part, long whole) => whole == 0 ? 0 : Math.Round((double)part / whole, 4);

    private static string Percent(long part, long whole) => Inv($"{Share(part, whole) * 100:F1}%");

    private static string Inv(FormattableString text) => text.ToString(CultureInfo.InvariantCulture);
}
