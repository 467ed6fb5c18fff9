using System;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.WorkingGroups;
using NodaTime;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

/// <summary>Writes scenario documents (schema version 1) as JSON that <see cref="ScenarioReader"/> reads back to an equal snapshot.</summary>
/// <remarks>Entries are written in the snapshot's order; optional fields are omitted when they hold their default.</remarks>
public static partial class ScenarioWriter
{
    private const int FlushThreshold = 64 * 1024;

    /// <summary>Writes the document as JSON text.</summary>
    /// <param name="document">The document.</param>
    /// <returns>The JSON, ending with a newline.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="document"/> is null.</exception>
    public static string ToJson(ScenarioDocument document)
    {
        using var stream = new MemoryStream();
        Write(document, stream);
        return Encoding.UTF8.GetString(stream.GetBuffer(), 0, (int)stream.Length);
    }

    /// <summary>Writes the document as UTF-8 JSON to a stream.</summary>
    /// <remarks>The JSON is handed to the stream in pieces of about 64 KiB as it is written, so a large document is never
    /// held whole in memory when the stream is a file.</remarks>
    /// <param name="document">The document.</param>
    /// <param name="utf8Json">The destination; not closed.</param>
    /// <exception cref="ArgumentNullException">An argument is null.</exception>
    public static void Write(ScenarioDocument document, Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(document);
        ArgumentNullException.ThrowIfNull(utf8Json);
        var snapshot = document.Snapshot;
        using (var json = new Utf8JsonWriter(utf8Json, JsonFormat.WriterOptions))
        {
            json.WriteStartObject();
            json.WriteNumber("schemaVersion", document.SchemaVersion);
            if (document.AsOf is { } asOf)
            {
                json.WriteString("asOf", Date(asOf));
            }

            if (snapshot.LotterySeed is { } seed)
            {
                json.WriteString("lotterySeed", seed);
            }

            json.WriteStartArray("organizations");
            foreach (var organization in snapshot.Organizations)
            {
                FlushIfFull(json);
                WriteOrganization(json, organization);
            }

            json.WriteEndArray();
            json.WriteStartArray("memberships");
            foreach (var term in snapshot.Memberships)
            {
                FlushIfFull(json);
                WriteMembership(json, term);
            }

            json.WriteEndArray();
            json.WriteStartArray("workingGroups");
            foreach (var group in snapshot.WorkingGroups)
            {
                FlushIfFull(json);
                WriteWorkingGroup(json, group);
            }

            json.WriteEndArray();
            json.WriteStartArray("initiatives");
            foreach (var initiative in snapshot.Initiatives)
            {
                FlushIfFull(json);
                WriteInitiative(json, initiative);
            }

            json.WriteEndArray();
            json.WriteStartArray("frameworks");
            foreach (var framework in snapshot.Frameworks)
            {
                WriteFramework(json, framework);
            }

            json.WriteEndArray();
            WriteAllocation(json, snapshot);
            WriteExec(json, snapshot);
            WriteWorkingGroupProposals(json, snapshot);
            WriteConfidentialityAgreements(json, snapshot);
            WriteServices(json, snapshot);
            WriteTenders(json, snapshot);
            json.WriteEndObject();
        }

        utf8Json.WriteByte((byte)'\n');
    }

    /// Hands what is buffered to the stream every 64 KiB, so that a large document (a million interests) is never held
    /// whole in memory: Utf8JsonWriter writes to its stream only when flushed.
    private static void FlushIfFull(Utf8JsonWriter json)
    {
        if (json.BytesPending >= FlushThreshold)
        {
            json.Flush();
        }
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

        WriteObjectives(json, organization);
        json.WriteEndObject();
    }

    private static void WriteMembership(Utf8JsonWriter json, MembershipTerm term)
    {
        json.WriteStartObject();
        json.WriteString("organization", term.Organization.Value);
        json.WriteString("start", Date(term.Start));
        if (term.End is { } end)
        {
            json.WriteString("end", Date(end));
        }

        if (term.Status != MembershipStatus.Active)
        {
            json.WriteString("status", ScenarioVocabulary.MembershipStatuses.NameOf(term.Status));
        }

        json.WriteEndObject();
    }

    private static void WriteWorkingGroup(Utf8JsonWriter json, WorkingGroup group)
    {
        json.WriteStartObject();
        json.WriteString("id", group.Id.Value);
        json.WriteString("name", group.Name);
        json.WriteString("objective", group.Objective);
        json.WriteString("area", ScenarioVocabulary.Areas.NameOf(group.Area));
        if (group.AreaLabel is { } label)
        {
            json.WriteString("areaLabel", label);
        }

        WriteIds(json, "members", group.Members.Select(m => m.Value));
        json.WriteString("formedOn", Date(group.FormedOn));
        json.WriteEndObject();
    }

    private static void WriteInitiative(Utf8JsonWriter json, Initiative initiative)
    {
        json.WriteStartObject();
        json.WriteString("id", initiative.Id.Value);
        json.WriteString("title", initiative.Title);
        if (initiative.Initiator is { } initiator)
        {
            json.WriteStartObject("initiator");
            if (initiator.Member is { } member)
            {
                json.WriteString("member", member.Value);
            }
            else
            {
                json.WriteString("workingGroup", initiator.WorkingGroup!.Value.Value);
            }

            json.WriteEndObject();
        }

        if (initiative.ProposedBy is { } proposedBy)
        {
            json.WriteString("proposedBy", proposedBy.Value);
        }

        WriteIds(json, "beneficiaries", initiative.Beneficiaries.Select(b => b.Value));
        json.WriteStartArray("participants");
        foreach (var participant in initiative.Participants)
        {
            json.WriteStartObject();
            json.WriteString("organization", participant.Organization.Value);
            if (participant.InvolvedFrom is { } from)
            {
                json.WriteString("involvedFrom", InstantPattern.ExtendedIso.Format(from));
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (initiative.Confidential)
        {
            json.WriteBoolean("confidential", true);
        }

        WriteKindAndReadiness(json, initiative);

        json.WriteStartArray("activities");
        foreach (var activity in initiative.Activities)
        {
            json.WriteStartObject();
            json.WriteString("name", activity.Name);
            json.WriteString("start", Date(activity.Dates.Start));
            json.WriteString("end", Date(activity.Dates.End));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("budget");
        foreach (var line in initiative.Budget)
        {
            json.WriteStartObject();
            json.WriteString("item", line.Item);
            WriteMoney(json, "amount", line.Amount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("funding");
        foreach (var source in initiative.Funding)
        {
            json.WriteStartObject();
            json.WriteString("kind", ScenarioVocabulary.FundingKinds.NameOf(source.Kind));
            WriteMoney(json, "amount", source.Amount);
            if (source.Contributor is { } contributor)
            {
                json.WriteString("contributor", contributor.Value);
            }

            if (source.Description is { } description)
            {
                json.WriteString("description", description);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteEndObject();
    }

    private static void WriteFramework(Utf8JsonWriter json, FrameworkVersion framework)
    {
        json.WriteStartObject();
        json.WriteString("id", framework.Id.Value);
        json.WriteString("adoptedOn", Date(framework.AdoptedOn));
        json.WriteString("effectiveFrom", Date(framework.EffectiveFrom));
        var parameters = framework.Parameters;
        json.WriteStartObject("parameters");
        json.WriteNumber("minimumWorkingGroupSize", parameters.MinimumWorkingGroupSize);
        json.WriteNumber("executiveCapacity", parameters.ExecutiveCapacity);
        WriteIds(json, "defaultCompetitionCriteria", parameters.DefaultCompetitionCriteria.Select(ScenarioVocabulary.Criteria.NameOf));
        WriteExchangeRates(json, parameters);
        json.WriteEndObject();
        json.WriteEndObject();
    }

    private static void WriteMoney(Utf8JsonWriter json, string name, Money money)
    {
        json.WriteStartObject(name);
        json.WriteString("amount", money.Amount.ToString(CultureInfo.InvariantCulture));
        json.WriteString("currency", money.Currency.Code);
        json.WriteEndObject();
    }

    private static void WriteIds(Utf8JsonWriter json, string name, System.Collections.Generic.IEnumerable<string> ids)
    {
        json.WriteStartArray(name);
        foreach (var id in ids)
        {
            json.WriteStringValue(id);
        }

        json.WriteEndArray();
    }

    private static string Date(LocalDate date) => LocalDatePattern.Iso.Format(date);
}
