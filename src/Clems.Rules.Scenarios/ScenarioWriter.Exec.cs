using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Membership;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

/// Writing of executive capacity (G12), sales agency (G13), internal bids (G14) and cluster routes (G15).
public static partial class ScenarioWriter
{
    private static void WriteExec(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("salesAgencyRequests");
        foreach (var request in snapshot.SalesAgencyRequests)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", request.Id.Value);
            json.WriteString("requestedBy", request.RequestedBy.Value);
            json.WriteStartObject("item");
            if (request.Item.Initiative is { } initiative)
            {
                json.WriteString("initiative", initiative.Value);
            }
            else
            {
                json.WriteString("name", request.Item.Name);
                WriteIds(json, "initiators", request.Item.Initiators.Select(o => o.Value));
                WriteIds(json, "funders", request.Item.Funders.Select(o => o.Value));
            }

            json.WriteEndObject();
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("internalBids");
        foreach (var bid in snapshot.InternalBids)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", bid.Id.Value);
            json.WriteString("title", bid.Title);
            WriteIds(json, "requiredExpertise", bid.RequiredExpertise);
            WriteIds(json, "interestedMembers", bid.InterestedMembers.Select(o => o.Value));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("opportunities");
        foreach (var opportunity in snapshot.Opportunities)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("id", opportunity.Id.Value);
            json.WriteString("title", opportunity.Title);
            WriteIds(json, "thematicAreas", opportunity.ThematicAreas.Select(ScenarioVocabulary.Areas.NameOf));
            if (opportunity.RequiresConsortium)
            {
                json.WriteBoolean("requiresConsortium", true);
            }

            if (opportunity.MinimumPartners != 1)
            {
                json.WriteNumber("minimumPartners", opportunity.MinimumPartners);
            }

            if (opportunity.ResourcesNeeded is { } needed)
            {
                WriteMoney(json, "resourcesNeeded", needed);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("clusterRouteRequests");
        foreach (var request in snapshot.ClusterRouteRequests)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("organization", request.Organization.Value);
            json.WriteString("opportunity", request.Opportunity.Value);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }

    /// The organisation's expertise (G14) and objectives (G15), when declared.
    private static void WriteObjectives(Utf8JsonWriter json, Organization organization)
    {
        if (!organization.Expertise.IsEmpty)
        {
            WriteIds(json, "expertise", organization.Expertise);
        }

        if (!organization.ThematicAreas.IsEmpty)
        {
            WriteIds(json, "thematicAreas", organization.ThematicAreas.Select(ScenarioVocabulary.Areas.NameOf));
        }

        if (organization.Resources is { } resources)
        {
            WriteMoney(json, "resources", resources);
        }
    }

    /// The initiative's kind (G14) and readiness instant (G12), when not the defaults.
    private static void WriteKindAndReadiness(Utf8JsonWriter json, Initiatives.Initiative initiative)
    {
        if (initiative.Kind != Initiatives.InitiativeKind.Other)
        {
            json.WriteString("kind", ScenarioVocabulary.InitiativeKinds.NameOf(initiative.Kind));
        }

        if (initiative.ReadyAt is { } readyAt)
        {
            json.WriteString("readyAt", InstantPattern.ExtendedIso.Format(readyAt));
        }
    }

    /// The framework's exchange rates and comparison currency (G12, G15), when declared.
    private static void WriteExchangeRates(Utf8JsonWriter json, FrameworkParameters parameters)
    {
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
    }
}
