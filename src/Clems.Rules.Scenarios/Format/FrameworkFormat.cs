using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Framework;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of framework versions (G1) and their parameters: working-group size, executive capacity (G12), the
/// default competition criteria (G16), exchange rates and the comparison currency (G12, G15).
internal static class FrameworkFormat
{
    internal static readonly ScenarioArray Frameworks = ScenarioArray.Of(
        "frameworks", ReadFramework, (s, items) => s with { Frameworks = [.. items] }, s => s.Frameworks, WriteFramework);

    /// Reads a list of competition criteria: the framework's defaults and a project's own rules (G16) take the same.
    internal static List<CompetitionCriterion> ReadCompetitionCriteria(ProblemLog log, JsonFields fields, string name)
    {
        var criteria = fields.Enums(name, ScenarioVocabulary.Criteria, "a competition criterion");
        log.Add(CompetitionCriteria.Check(criteria, fields.At(name)));
        return criteria;
    }

    private static FrameworkVersion? ReadFramework(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "adoptedOn", "effectiveFrom", "parameters") is not { } f)
        {
            return null;
        }

        var id = f.Id("id");
        var adoptedOn = f.Date("adoptedOn");
        var effectiveFrom = f.Date("effectiveFrom");
        var parametersFailed = false;
        FrameworkParameters? parameters = null;
        if (f.Element("parameters", required: false) is { } p)
        {
            parameters = ReadParameters(log, p, f.At("parameters"));
            parametersFailed = parameters is null;
        }

        if (adoptedOn is { } adopted && effectiveFrom is { } effective && log.Add(FrameworkVersion.CheckDates(adopted, effective, f.At("effectiveFrom"))))
        {
            return null;
        }

        return id is null || adoptedOn is null || effectiveFrom is null || parametersFailed
            ? null
            : new FrameworkVersion(new FrameworkVersionId(id), adoptedOn.Value, effectiveFrom.Value, parameters);
    }

    private static FrameworkParameters? ReadParameters(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "minimumWorkingGroupSize", "executiveCapacity", "defaultCompetitionCriteria", "exchangeRates", "comparisonCurrency") is not { } p)
        {
            return null;
        }

        var before = log.Problems.Count;
        var size = p.Int("minimumWorkingGroupSize", 1, 1000);
        var capacity = p.Int("executiveCapacity", 0, 1_000_000);
        var criteria = p.Has("defaultCompetitionCriteria") ? ReadCompetitionCriteria(log, p, "defaultCompetitionCriteria") : null;
        var rates = p.Array("exchangeRates", (e, at) => ReadExchangeRate(log, e, at));
        var comparison = p.Has("comparisonCurrency") ? p.Currency("comparisonCurrency") : null;
        return log.Problems.Count > before
            ? null
            : new FrameworkParameters(
                size ?? FrameworkParameters.DefaultMinimumWorkingGroupSize,
                capacity ?? FrameworkParameters.DefaultExecutiveCapacity,
                criteria)
            {
                ExchangeRates = [.. rates],
                ComparisonCurrency = comparison,
            };
    }

    private static ExchangeRate? ReadExchangeRate(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "from", "to", "rate") is not { } r)
        {
            return null;
        }

        var from = r.Currency("from");
        var to = r.Currency("to");
        var rate = r.Decimal("rate");
        if (from is not { } source || to is not { } target || rate is not { } units
            || log.Add(ExchangeRate.CheckCurrencies(source, target, r.At("to")))
            || log.Add(ExchangeRate.CheckRate(units, r.At("rate"))))
        {
            return null;
        }

        return new ExchangeRate(source, target, units);
    }

    private static void WriteFramework(Utf8JsonWriter json, FrameworkVersion framework)
    {
        json.WriteStartObject();
        json.WriteString("id", framework.Id.Value);
        json.WriteDate("adoptedOn", framework.AdoptedOn);
        json.WriteDate("effectiveFrom", framework.EffectiveFrom);
        var parameters = framework.Parameters;
        json.WriteStartObject("parameters");
        json.WriteNumber("minimumWorkingGroupSize", parameters.MinimumWorkingGroupSize);
        json.WriteNumber("executiveCapacity", parameters.ExecutiveCapacity);
        json.WriteIds("defaultCompetitionCriteria", parameters.DefaultCompetitionCriteria.Select(ScenarioVocabulary.Criteria.NameOf));
        if (!parameters.ExchangeRates.IsEmpty)
        {
            json.WriteStartArray("exchangeRates");
            foreach (var rate in parameters.ExchangeRates)
            {
                json.WriteStartObject();
                json.WriteString("from", rate.From.Code);
                json.WriteString("to", rate.To.Code);
                json.WriteString("rate", rate.Rate.ToString(CultureInfo.InvariantCulture));
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (parameters.ComparisonCurrency is { } currency)
        {
            json.WriteString("comparisonCurrency", currency.Code);
        }

        json.WriteEndObject();
        json.WriteEndObject();
    }
}
