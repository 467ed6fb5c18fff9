using System.Collections.Generic;
using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.ClusterRoutes;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.InternalBids;
using Clems.Rules.Membership;
using Clems.Rules.SalesAgency;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios;

/// Reading of executive capacity (G12: exchange rates), sales agency (G13), internal bids and expertise (G14) and
/// cluster routes (G15).
public static partial class ScenarioReader
{
    private static (List<string> Expertise, List<ThematicArea> Areas, Money? Resources, bool Failed) ReadObjectives(ProblemLog log, JsonFields o)
    {
        var before = log.Problems.Count;
        var expertise = o.Ids("expertise");
        var areas = ReadAreas(log, o, "thematicAreas");
        var resources = o.Money("resources", required: false);
        var failed = log.Problems.Count > before || (o.Has("resources") && resources is null);
        return (expertise, areas, resources, failed);
    }

    private static List<ThematicArea> ReadAreas(ProblemLog log, JsonFields fields, string name)
    {
        var areas = new List<ThematicArea>();
        var codes = fields.Ids(name);
        for (var k = 0; k < codes.Count; k++)
        {
            if (ScenarioVocabulary.Areas.TryParse(codes[k], out var area))
            {
                areas.Add(area);
            }
            else
            {
                log.Add(
                    string.Create(CultureInfo.InvariantCulture, $"{fields.At(name)}[{k}]"),
                    $"'{codes[k]}' is not a thematic area; use one of: {string.Join(", ", ScenarioVocabulary.Areas.Names)}.");
            }
        }

        return areas;
    }

    private static (List<ExchangeRate> Rates, Currency? Comparison) ReadExchangeRates(ProblemLog log, JsonFields p)
    {
        var rates = p.Array("exchangeRates", (e, path) =>
        {
            if (JsonFields.Open(log, e, path, "from", "to", "rate") is not { } r)
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
        });
        var comparison = p.Has("comparisonCurrency") ? ReadCurrency(log, p, "comparisonCurrency") : null;
        return (rates, comparison);
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

    private static SalesAgencyRequest? ReadSalesAgencyRequest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "requestedBy", "item") is not { } r)
        {
            return null;
        }

        var id = r.Id("id");
        var requestedBy = r.Id("requestedBy");
        SalesAgencyItem? item = null;
        if (r.Element("item", required: true) is { } itemElement && JsonFields.Open(log, itemElement, r.At("item"), "initiative", "name", "initiators", "funders") is { } x)
        {
            if (x.Has("initiative") == x.Has("name"))
            {
                log.Add(r.At("item"), "An item names exactly one of 'initiative' (an initiative id) or 'name' (a product or service, with its 'initiators' and 'funders').");
            }
            else if (x.Has("initiative"))
            {
                if (x.Has("initiators") || x.Has("funders"))
                {
                    log.Add(r.At("item"), "An initiative's initiators and funders come from the initiative itself; remove 'initiators' and 'funders'.");
                }
                else if (x.Id("initiative") is { } initiative)
                {
                    item = SalesAgencyItem.ForInitiative(new InitiativeId(initiative));
                }
            }
            else
            {
                var name = x.String("name");
                var initiators = x.Ids("initiators");
                var funders = x.Ids("funders");
                item = name is null ? null : SalesAgencyItem.ForProduct(name, initiators.Select(o => new OrganizationId(o)), funders.Select(o => new OrganizationId(o)));
            }
        }

        return id is null || requestedBy is null || item is null
            ? null
            : new SalesAgencyRequest(new SalesAgencyRequestId(id), new OrganizationId(requestedBy), item);
    }

    private static InternalBid? ReadInternalBid(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "title", "requiredExpertise", "interestedMembers") is not { } b)
        {
            return null;
        }

        var id = b.Id("id");
        var title = b.String("title");
        var required = b.Ids("requiredExpertise");
        var interested = b.Ids("interestedMembers");
        return id is null || title is null
            ? null
            : new InternalBid(new InternalBidId(id), title, required, interested.Select(o => new OrganizationId(o)));
    }

    private static Opportunity? ReadOpportunity(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "title", "thematicAreas", "requiresConsortium", "minimumPartners", "resourcesNeeded") is not { } o)
        {
            return null;
        }

        var before = log.Problems.Count;
        var id = o.Id("id");
        var title = o.String("title");
        var areas = ReadAreas(log, o, "thematicAreas");
        var consortium = o.Bool("requiresConsortium") ?? false;
        var partners = o.Has("minimumPartners") ? o.Int("minimumPartners", 1, 1000) : 1;
        var needed = o.Money("resourcesNeeded", required: false);
        return id is null || title is null || partners is null || log.Problems.Count > before
            ? null
            : new Opportunity(new OpportunityId(id), title, areas, consortium, partners.Value, needed);
    }

    private static ClusterRouteRequest? ReadClusterRouteRequest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "organization", "opportunity") is not { } r)
        {
            return null;
        }

        var organization = r.Id("organization");
        var opportunity = r.Id("opportunity");
        return organization is null || opportunity is null
            ? null
            : new ClusterRouteRequest(new OrganizationId(organization), new OpportunityId(opportunity));
    }
}
