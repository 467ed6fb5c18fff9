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
        if (criteria.Contains(CompetitionCriterion.PreparationCommitment) || criteria.Contains(CompetitionCriterion.Lottery))
        {
            log.Add(fields.At(name), "The preparation commitment always comes first and the lottery always last; list only the criteria in between.");
        }

        if (criteria.Distinct().Count() != criteria.Count)
        {
            log.Add(fields.At(name), "A competition criterion is listed twice; list each once.");
        }

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

        if (adoptedOn is { } adopted && effectiveFrom is { } effective && effective < adopted)
        {
            log.Add(f.At("effectiveFrom"), $"The framework takes effect on {effective:uuuu-MM-dd}, before the General Assembly adopted it on {adopted:uuuu-MM-dd}; fix the dates.");
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
        var comparison = p.Has("comparisonCurrency") ? ReadCurrency(log, p, "comparisonCurrency") : null;
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

        var from = ReadCurrency(log, r, "from");
        var to = ReadCurrency(log, r, "to");
        var rate = r.Decimal("rate");
        if (from is null || to is null || rate is null)
        {
            return null;
        }

        if (from == to)
        {
            log.Add(r.At("to"), $"An exchange rate converts between two currencies; both are {from}.");
            return null;
        }

        if (rate <= 0m)
        {
            log.Add(r.At("rate"), $"The rate {rate.Value.ToString(CultureInfo.InvariantCulture)} is not more than zero; give the units of 'to' per unit of 'from'.");
            return null;
        }

        return new ExchangeRate(from.Value, to.Value, rate.Value);
    }

    private static Currency? ReadCurrency(ProblemLog log, JsonFields fields, string name)
    {
        if (fields.String(name) is not { } code)
        {
            return null;
        }

        if (!Currency.IsIsoCode(code))
        {
            log.Add(fields.At(name), $"'{code}' is not an ISO 4217 currency code; use three upper-case letters such as RON or EUR.");
            return null;
        }

        return new Currency(code);
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
