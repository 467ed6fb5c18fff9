using System.Linq;
using System.Text.Json;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;
using Clems.Rules.WorkingGroups;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of initiatives: initiator, participants, activities, budget and funding, and their kind (integrated
/// projects and internal bids, G14) and the instant they became ready (G12).
internal static class InitiativesFormat
{
    internal static readonly ScenarioArray Initiatives = ScenarioArray.Of(
        "initiatives", ReadInitiative, (s, items) => s with { Initiatives = [.. items] }, s => s.Initiatives, WriteInitiative);

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
            log.Add(path, FormatProblems.ExactlyOneField, "An initiator names exactly one of 'member' (an organisation id) or 'workingGroup' (a working group id).");
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
        if (start is { } s && end is { } e && log.Add(Activity.CheckDates(s, e, a.At("end"))))
        {
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

        json.WriteIds("beneficiaries", initiative.Beneficiaries.Select(b => b.Value));
        json.WriteStartArray("participants");
        foreach (var participant in initiative.Participants)
        {
            json.WriteStartObject();
            json.WriteString("organization", participant.Organization.Value);
            if (participant.InvolvedFrom is { } from)
            {
                json.WriteInstant("involvedFrom", from);
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        if (initiative.Confidential)
        {
            json.WriteBoolean("confidential", true);
        }

        if (initiative.Kind != InitiativeKind.Other)
        {
            json.WriteString("kind", ScenarioVocabulary.InitiativeKinds.NameOf(initiative.Kind));
        }

        if (initiative.ReadyAt is { } readyAt)
        {
            json.WriteInstant("readyAt", readyAt);
        }

        json.WriteStartArray("activities");
        foreach (var activity in initiative.Activities)
        {
            json.WriteStartObject();
            json.WriteString("name", activity.Name);
            json.WriteDate("start", activity.Dates.Start);
            json.WriteDate("end", activity.Dates.End);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("budget");
        foreach (var line in initiative.Budget)
        {
            json.WriteStartObject();
            json.WriteString("item", line.Item);
            json.WriteMoney("amount", line.Amount);
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("funding");
        foreach (var source in initiative.Funding)
        {
            json.WriteStartObject();
            json.WriteString("kind", ScenarioVocabulary.FundingKinds.NameOf(source.Kind));
            json.WriteMoney("amount", source.Amount);
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
}
