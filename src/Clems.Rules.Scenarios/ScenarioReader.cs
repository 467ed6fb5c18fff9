using System;
using System.Collections.Generic;
using System.Globalization;
using System.IO;
using System.Linq;
using System.Text;
using System.Text.Json;
using Clems.Rules.Engine;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios;

/// <summary>Reads scenario documents (JSON, schema version 1) into cluster snapshots.</summary>
/// <remarks>
/// Reading reports every problem it finds — malformed JSON, missing, unknown, duplicated or mistyped fields, bad dates,
/// amounts and currencies, duplicate ids, dangling references, intervals that end before they start — in one
/// <see cref="SnapshotValidationException"/>, each with its JSON path. Nothing is returned from a document with a problem.
/// Limits: documents of at most <see cref="MaxDocumentBytes"/> bytes and <see cref="MaxDepth"/> levels of nesting.
/// </remarks>
public static partial class ScenarioReader
{
    /// <summary>The largest document accepted, in bytes (1 GiB).</summary>
    public const long MaxDocumentBytes = 1L << 30;

    /// <summary>The deepest nesting of arrays and objects accepted.</summary>
    public const int MaxDepth = 32;

    /// <summary>Reads a document from a UTF-8 stream.</summary>
    /// <param name="utf8Json">The document; read to its end, not closed.</param>
    /// <returns>The document, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="utf8Json"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The document has problems; every one is listed with its path.</exception>
    public static ScenarioDocument Read(Stream utf8Json)
    {
        ArgumentNullException.ThrowIfNull(utf8Json);
        using var buffer = new MemoryStream();
        var chunk = new byte[81920];
        int read;
        while ((read = utf8Json.Read(chunk, 0, chunk.Length)) > 0)
        {
            if (buffer.Length + read > MaxDocumentBytes)
            {
                throw Invalid("$", string.Create(CultureInfo.InvariantCulture, $"The document is larger than the limit of {MaxDocumentBytes} bytes."));
            }

            buffer.Write(chunk, 0, read);
        }

        return Read(new ReadOnlyMemory<byte>(buffer.GetBuffer(), 0, (int)buffer.Length));
    }

    /// <summary>Reads a document from a string.</summary>
    /// <param name="json">The document.</param>
    /// <returns>The document, validated.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    /// <exception cref="SnapshotValidationException">The document has problems; every one is listed with its path.</exception>
    public static ScenarioDocument Parse(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return Read(Encoding.UTF8.GetBytes(json));
    }

    private static ScenarioDocument Read(ReadOnlyMemory<byte> utf8)
    {
        // System.Text.Json checks the structure but not the bytes inside strings and names, and would fail later, while
        // a value is read, with an InvalidOperationException; reject a document that is not UTF-8 up front.
        if (!System.Text.Unicode.Utf8.IsValid(utf8.Span))
        {
            throw Invalid("$", NotUtf8(utf8.Span));
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = MaxDepth, CommentHandling = JsonCommentHandling.Disallow });
        }
        catch (JsonException e)
        {
            var where = e.LineNumber is { } line
                ? string.Create(CultureInfo.InvariantCulture, $" at line {line + 1}, byte {e.BytePositionInLine + 1}")
                : string.Empty;
            throw Invalid(string.IsNullOrEmpty(e.Path) ? "$" : e.Path, $"The document is not valid JSON{where}: {Explain(e.Message)}");
        }

        using (document)
        {
            var log = new ProblemLog();
            var result = ReadDocument(log, document.RootElement);
            if (log.Problems.Count > 0 || result is null)
            {
                throw new SnapshotValidationException(log.Problems);
            }

            var problems = result.Snapshot.Validate();
            if (problems.Count > 0)
            {
                throw new SnapshotValidationException(problems);
            }

            return result;
        }
    }

    private static ScenarioDocument? ReadDocument(ProblemLog log, JsonElement root)
    {
        var doc = JsonFields.Open(
            log,
            root,
            "$",
            "schemaVersion",
            "asOf",
            "lotterySeed",
            "organizations",
            "memberships",
            "workingGroups",
            "initiatives",
            "frameworks",
            "projects",
            "interests",
            "commitments",
            "memberPreferences",
            "salesAgencyRequests",
            "internalBids",
            "opportunities",
            "clusterRouteRequests",
            "workingGroupProposals",
            "confidentialityAgreements",
            "serviceRequests",
            "advertisingItems",
            "advertisingApprovals",
            "tenderProfiles",
            "tenders");
        if (doc is null)
        {
            return null;
        }

        if (doc.Element("schemaVersion", required: true) is { } version
            && (version.ValueKind != JsonValueKind.Number || !version.TryGetInt32(out var v) || v != ScenarioDocument.CurrentSchemaVersion))
        {
            log.Add(doc.At("schemaVersion"), string.Create(
                CultureInfo.InvariantCulture,
                $"This library reads schema version {ScenarioDocument.CurrentSchemaVersion}; found {version.GetRawText()}."));
        }

        var asOf = doc.Date("asOf", required: false);
        var seed = doc.String("lotterySeed", required: false, maxLength: 1000);
        var snapshot = new ClusterSnapshot
        {
            Organizations = [.. doc.Array("organizations", (e, p) => ReadOrganization(log, e, p))],
            Memberships = [.. doc.Array("memberships", (e, p) => ReadMembership(log, e, p))],
            WorkingGroups = [.. doc.Array("workingGroups", (e, p) => ReadWorkingGroup(log, e, p))],
            Initiatives = [.. doc.Array("initiatives", (e, p) => ReadInitiative(log, e, p))],
            Frameworks = [.. doc.Array("frameworks", (e, p) => ReadFramework(log, e, p))],
            Projects = [.. doc.Array("projects", (e, p) => ReadProject(log, e, p))],
            Interests = [.. doc.Array("interests", (e, p) => ReadInterest(log, e, p))],
            Commitments = [.. doc.Array("commitments", (e, p) => ReadCommitment(log, e, p))],
            MemberPreferences = [.. doc.Array("memberPreferences", (e, p) => ReadPreferences(log, e, p))],
            LotterySeed = seed,
            SalesAgencyRequests = [.. doc.Array("salesAgencyRequests", (e, p) => ReadSalesAgencyRequest(log, e, p))],
            InternalBids = [.. doc.Array("internalBids", (e, p) => ReadInternalBid(log, e, p))],
            Opportunities = [.. doc.Array("opportunities", (e, p) => ReadOpportunity(log, e, p))],
            ClusterRouteRequests = [.. doc.Array("clusterRouteRequests", (e, p) => ReadClusterRouteRequest(log, e, p))],
            WorkingGroupProposals = [.. doc.Array("workingGroupProposals", (e, p) => ReadWorkingGroupProposal(log, e, p))],
            ConfidentialityAgreements = [.. doc.Array("confidentialityAgreements", (e, p) => ReadConfidentialityAgreement(log, e, p))],
            ServiceRequests = [.. doc.Array("serviceRequests", (e, p) => ReadServiceRequest(log, e, p))],
            AdvertisingItems = [.. doc.Array("advertisingItems", (e, p) => ReadAdvertisingItem(log, e, p))],
            AdvertisingApprovals = [.. doc.Array("advertisingApprovals", (e, p) => ReadAdvertisingApproval(log, e, p))],
            TenderProfiles = [.. doc.Array("tenderProfiles", (e, p) => ReadTenderProfile(log, e, p))],
            Tenders = [.. doc.Array("tenders", (e, p) => ReadTender(log, e, p))],
        };
        return new ScenarioDocument(snapshot, asOf);
    }

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
        if (country is not null && !CountryCode.IsIsoCode(country))
        {
            log.Add(o.At("country"), $"'{country}' is not an ISO 3166-1 alpha-2 country code; use two upper-case letters such as RO.");
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
        if (start is { } s && end is { } e && e < s)
        {
            log.Add(m.At("end"), $"The membership ends on {e:uuuu-MM-dd} before it starts on {s:uuuu-MM-dd}; fix the dates or remove the end for an open-ended membership.");
            return null;
        }

        return organization is null || start is null ? null : new MembershipTerm(new OrganizationId(organization), start.Value, end, status);
    }

    private static WorkingGroup? ReadWorkingGroup(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "id", "name", "objective", "area", "areaLabel", "members", "formedOn") is not { } g)
        {
            return null;
        }

        var id = g.Id("id");
        var name = g.String("name");
        var objective = g.String("objective");
        var area = g.Enum("area", ScenarioVocabulary.Areas);
        var label = g.String("areaLabel", required: false);
        var members = g.Ids("members");
        var formedOn = g.Date("formedOn");
        if (area == ThematicArea.W9Other && label is null)
        {
            log.Add(g.At("areaLabel"), "Area W9 (other areas of interest to members) needs an 'areaLabel' naming the area.");
            return null;
        }

        if (area is { } a && a != ThematicArea.W9Other && label is not null)
        {
            log.Add(g.At("areaLabel"), $"Only area W9 (other) carries an 'areaLabel'; remove it or change the area.");
            return null;
        }

        return id is null || name is null || objective is null || area is null || formedOn is null
            ? null
            : new WorkingGroup(new WorkingGroupId(id), name, objective, area.Value, members.Select(x => new OrganizationId(x)), formedOn.Value, label);
    }

    private static Initiative? ReadInitiative(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(
                log,
                element,
                path,
                "id",
                "title",
                "initiator",
                "proposedBy",
                "beneficiaries",
                "participants",
                "confidential",
                "activities",
                "budget",
                "funding",
                "kind",
                "readyAt") is not { } i)
        {
            return null;
        }

        var id = i.Id("id");
        var title = i.String("title");
        var initiator = i.Element("initiator", required: false) is { } initiatorElement ? ReadInitiator(log, initiatorElement, i.At("initiator")) : null;
        var initiatorFailed = i.Has("initiator") && initiator is null;
        var proposedBy = i.Id("proposedBy", required: false);
        var beneficiaries = i.Ids("beneficiaries");
        var participants = i.Array("participants", (e, p) =>
        {
            if (JsonFields.Open(log, e, p, "organization", "involvedFrom") is not { } x)
            {
                return null;
            }

            var organization = x.Id("organization");
            var involvedFrom = x.Instant("involvedFrom", required: false);
            var failed = x.Has("involvedFrom") && involvedFrom is null;
            return organization is null || failed ? null : new Participant(new OrganizationId(organization), involvedFrom);
        });
        var activities = i.Array("activities", (e, p) => ReadActivity(log, e, p));
        var budget = i.Array("budget", (e, p) =>
        {
            if (JsonFields.Open(log, e, p, "item", "amount") is not { } x)
            {
                return null;
            }

            var item = x.String("item");
            var amount = x.Money("amount");
            return item is null || amount is null ? null : new BudgetLine(item, amount.Value);
        });
        var funding = i.Array("funding", (e, p) => ReadFunding(log, e, p));
        var confidential = i.Bool("confidential") ?? false;
        var kindValue = i.Enum("kind", ScenarioVocabulary.InitiativeKinds, required: false);
        var initiativeKind = kindValue ?? InitiativeKind.Other;
        var kindFailed = i.Has("kind") && kindValue is null;
        var readyAt = i.Instant("readyAt", required: false);
        var readyFailed = i.Has("readyAt") && readyAt is null;
        return id is null || title is null || initiatorFailed || kindFailed || readyFailed
            ? null
            : new Initiative
            {
                Id = new InitiativeId(id),
                Title = title,
                Initiator = initiator,
                ProposedBy = proposedBy is null ? null : new RepresentativeId(proposedBy),
                Beneficiaries = [.. beneficiaries.Select(b => new OrganizationId(b))],
                Participants = [.. participants],
                Activities = [.. activities],
                Budget = [.. budget],
                Funding = [.. funding],
                Confidential = confidential,
                Kind = initiativeKind,
                ReadyAt = readyAt,
            };
    }

    private static Initiator? ReadInitiator(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "member", "workingGroup") is not { } x)
        {
            return null;
        }

        var hasMember = x.Has("member");
        if (hasMember == x.Has("workingGroup"))
        {
            log.Add(path, "An initiator names exactly one of 'member' (an organisation id) or 'workingGroup' (a working group id).");
            return null;
        }

        if (hasMember)
        {
            return x.Id("member") is { } member ? Initiator.ByMember(new OrganizationId(member)) : null;
        }

        return x.Id("workingGroup") is { } group ? Initiator.ByWorkingGroup(new WorkingGroupId(group)) : null;
    }

    private static Activity? ReadActivity(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "name", "start", "end") is not { } a)
        {
            return null;
        }

        var name = a.String("name");
        var start = a.Date("start");
        var end = a.Date("end");
        if (start is { } s && end is { } e && e < s)
        {
            log.Add(a.At("end"), $"The activity ends on {e:uuuu-MM-dd} before it starts on {s:uuuu-MM-dd}; fix the dates.");
            return null;
        }

        return name is null || start is null || end is null ? null : new Activity(name, start.Value, end.Value);
    }

    private static FundingSource? ReadFunding(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "kind", "amount", "contributor", "description") is not { } f)
        {
            return null;
        }

        var kind = f.Enum("kind", ScenarioVocabulary.FundingKinds);
        var amount = f.Money("amount");
        var contributor = f.Id("contributor", required: kind == FundingKind.MemberContribution);
        var description = f.String("description", required: false);
        return kind is null || amount is null || (kind == FundingKind.MemberContribution && contributor is null)
            ? null
            : new FundingSource(kind.Value, amount.Value, contributor is null ? null : new OrganizationId(contributor), description);
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
        List<CompetitionCriterion>? criteria = null;
        if (p.Has("defaultCompetitionCriteria"))
        {
            criteria = [.. p.Ids("defaultCompetitionCriteria")
                .Select((name, k) => (name, k))
                .Where(x => ScenarioVocabulary.Criteria.TryParse(x.name, out _) || Report(log, p, x.name, x.k))
                .Select(x => ScenarioVocabulary.Criteria.TryParse(x.name, out var c) ? c : default)];
            var at = p.At("defaultCompetitionCriteria");
            if (criteria.Contains(CompetitionCriterion.PreparationCommitment) || criteria.Contains(CompetitionCriterion.Lottery))
            {
                log.Add(at, "The preparation commitment always comes first and the lottery always last; list only the criteria in between.");
            }

            if (criteria.Distinct().Count() != criteria.Count)
            {
                log.Add(at, "A competition criterion is listed twice; list each once.");
            }
        }

        var (rates, comparison) = ReadExchangeRates(log, p);
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

    private static bool Report(ProblemLog log, JsonFields fields, string name, int index)
    {
        log.Add(
            string.Create(CultureInfo.InvariantCulture, $"{fields.At("defaultCompetitionCriteria")}[{index}]"),
            $"'{name}' is not a competition criterion; use one of: {string.Join(", ", ScenarioVocabulary.Criteria.Names)}.");
        return false;
    }

    private static string NotUtf8(ReadOnlySpan<byte> utf8)
    {
        var at = 0;
        while (at < utf8.Length && System.Text.Rune.DecodeFromUtf8(utf8[at..], out _, out var consumed) == System.Buffers.OperationStatus.Done)
        {
            at += consumed;
        }

        var before = utf8[..at];
        var line = before.Count((byte)'\n') + 1;
        var column = at - (before.LastIndexOf((byte)'\n') + 1) + 1;
        return string.Create(
            CultureInfo.InvariantCulture,
            $"The document is not valid UTF-8 at line {line}, byte {column}; save it as UTF-8 (a document in UTF-16 or a legacy code page must be converted).");
    }

    private static SnapshotValidationException Invalid(string path, string message) => new([new ValidationProblem(path, message)]);

    // System.Text.Json's message repeats the position (0-based) and, for the depth limit, gives advice meant for
    // developers; keep the first part and say what the limit is instead.
    private static string Explain(string message)
    {
        var end = message.IndexOfAny(['|']);
        var text = (end > 0 ? message[..end] : message).Trim();
        foreach (var marker in (string[])[" Path:", " LineNumber:"])
        {
            var at = text.IndexOf(marker, StringComparison.Ordinal);
            text = at > 0 ? text[..at].Trim() : text;
        }
        if (text.Contains("maximum configured depth", StringComparison.Ordinal))
        {
            return string.Create(CultureInfo.InvariantCulture, $"the document nests arrays and objects more than {MaxDepth} levels deep, the limit of the format.");
        }

        return text.Replace(" Change the reader options.", string.Empty, StringComparison.Ordinal);
    }
}
