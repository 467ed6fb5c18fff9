using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of organisations (with their representatives, expertise (G14) and objectives (G15)) and membership terms.
internal static class MembershipFormat
{
    internal static readonly ScenarioArray Organizations = ScenarioArray.Of(
        "organizations", ReadOrganization, (s, items) => s with { Organizations = [.. items] }, s => s.Organizations, WriteOrganization);

    internal static readonly ScenarioArray Memberships = ScenarioArray.Of(
        "memberships", ReadMembership, (s, items) => s with { Memberships = [.. items] }, s => s.Memberships, WriteMembership);

    private static Organization? ReadOrganization(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "name", "kind", "country", "representatives", "expertise", "thematicAreas", "resources") is not { } o)
        {
            return null;
        }

        var id = o.Id("id");
        var name = o.String("name");
        var kind = o.Enum("kind", ScenarioVocabulary.OrganizationKinds);
        var country = o.String("country");
        if (country is not null && log.Add(CountryCode.CheckCode(country, o.At("country"))))
        {
            country = null;
        }

        var representatives = o.Array("representatives", (e, p) =>
        {
            if (JsonFields.Open(log, e, p, "id", "name") is not { } r)
            {
                return null;
            }

            var repId = r.Id("id");
            var repName = r.String("name");
            return repId is null || repName is null ? null : new Representative(new RepresentativeId(repId), repName);
        });
        var (expertise, areas, resources, objectivesFailed) = ReadObjectives(log, o);
        return id is null || name is null || kind is null || country is null || objectivesFailed
            ? null
            : new Organization(new OrganizationId(id), name, kind.Value, new CountryCode(country), representatives)
            {
                Expertise = [.. expertise],
                ThematicAreas = [.. areas],
                Resources = resources,
            };
    }

    private static (List<string> Expertise, List<ThematicArea> Areas, Money? Resources, bool Failed) ReadObjectives(ProblemLog log, JsonFields o)
    {
        var before = log.Problems.Count;
        var expertise = o.Ids("expertise");
        var areas = o.Enums("thematicAreas", ScenarioVocabulary.Areas, "a thematic area");
        var resources = o.Money("resources", required: false);
        var failed = log.Problems.Count > before || (o.Has("resources") && resources is null);
        return (expertise, areas, resources, failed);
    }

    private static void WriteOrganization(Utf8JsonWriter json, Organization organization)
    {
        json.WriteStartObject();
        json.WriteString("id", organization.Id.Value);
        json.WriteString("name", organization.Name);
        json.WriteString("kind", ScenarioVocabulary.OrganizationKinds.NameOf(organization.Kind));
        json.WriteString("country", organization.Country.Value);
        if (!organization.Representatives.IsEmpty)
        {
            json.WriteStartArray("representatives");
            foreach (var representative in organization.Representatives)
            {
                json.WriteStartObject();
                json.WriteString("id", representative.Id.Value);
                json.WriteString("name", representative.Name);
                json.WriteEndObject();
            }

            json.WriteEndArray();
        }

        if (!organization.Expertise.IsEmpty)
        {
            json.WriteIds("expertise", organization.Expertise);
        }

        if (!organization.ThematicAreas.IsEmpty)
        {
            json.WriteIds("thematicAreas", organization.ThematicAreas.Select(ScenarioVocabulary.Areas.NameOf));
        }

        if (organization.Resources is { } resources)
        {
            json.WriteMoney("resources", resources);
        }

        json.WriteEndObject();
    }

    private static MembershipTerm? ReadMembership(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "organization", "start", "end", "status") is not { } m)
        {
            return null;
        }

        var organization = m.Id("organization");
        var start = m.Date("start");
        var end = m.Date("end", required: false);
        var status = m.Enum("status", ScenarioVocabulary.MembershipStatuses, required: false) ?? MembershipStatus.Active;
        if (start is { } s && log.Add(MembershipTerm.CheckDates(organization is null ? null : new OrganizationId(organization), s, end, m.At("end"))))
        {
            return null;
        }

        return organization is null || start is null ? null : new MembershipTerm(new OrganizationId(organization), start.Value, end, status);
    }

    private static void WriteMembership(Utf8JsonWriter json, MembershipTerm term)
    {
        json.WriteStartObject();
        json.WriteString("organization", term.Organization.Value);
        json.WriteDate("start", term.Start);
        if (term.End is { } end)
        {
            json.WriteDate("end", end);
        }

        if (term.Status != MembershipStatus.Active)
        {
            json.WriteString("status", ScenarioVocabulary.MembershipStatuses.NameOf(term.Status));
        }

        json.WriteEndObject();
    }
}
