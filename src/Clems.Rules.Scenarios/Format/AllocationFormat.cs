using System.Globalization;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Allocation;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the allocation of project places (G8, G16): projects with their competition rules, interests,
/// resource commitments and members' preferences. The lottery seed is a field of the document, read and written with
/// the document's other single fields.
internal static class AllocationFormat
{
    internal static readonly ScenarioArray Projects = ScenarioArray.Of(
        "projects", ReadProject, (s, items) => s with { Projects = [.. items] }, s => s.Projects, WriteProject);

    internal static readonly ScenarioArray Interests = ScenarioArray.Of(
        "interests", ReadInterest, (s, items) => s with { Interests = [.. items] }, s => s.Interests, WriteInterest);

    internal static readonly ScenarioArray Commitments = ScenarioArray.Of(
        "commitments", ReadCommitment, (s, items) => s with { Commitments = [.. items] }, s => s.Commitments, WriteCommitment);

    internal static readonly ScenarioArray MemberPreferences = ScenarioArray.Of(
        "memberPreferences", ReadPreferences, (s, items) => s with { MemberPreferences = [.. items] }, s => s.MemberPreferences, WritePreferences);

    private static ProjectPlaces? ReadProject(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "initiative", "places", "requiresPreparationCommitment", "competition") is not { } p)
        {
            return null;
        }

        var initiative = p.Id("initiative");
        var places = p.Int("places", 0, 1_000_000, required: true);

        var requires = p.Bool("requiresPreparationCommitment") ?? false;
        CompetitionRules? competition = null;
        var competitionFailed = false;
        if (p.Element("competition", required: false) is { } c)
        {
            competition = ReadCompetition(log, c, p.At("competition"));
            competitionFailed = competition is null;
        }

        return initiative is null || places is null || competitionFailed
            ? null
            : new ProjectPlaces(new InitiativeId(initiative), places.Value, requires, competition);
    }

    private static CompetitionRules? ReadCompetition(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "criteria", "freezeAt", "lotteryScope", "agreements", "seedCommitment") is not { } c)
        {
            return null;
        }

        var before = log.Problems.Count;
        var criteria = FrameworkFormat.ReadCompetitionCriteria(log, c, "criteria");
        var freezeAt = c.Instant("freezeAt");
        var scope = c.Enum("lotteryScope", ScenarioVocabulary.LotteryScopes, required: false) ?? LotteryScope.Project;
        var agreements = c.Array("agreements", (e, p) =>
        {
            if (JsonFields.Open(log, e, p, "member", "agreedAt", "rulesSha256") is not { } a)
            {
                return null;
            }

            var member = a.Id("member");
            var agreedAt = a.Instant("agreedAt");
            var rulesSha256 = a.String("rulesSha256", maxLength: 200);
            if (rulesSha256 is not null && log.Add(CompetitionAgreement.CheckRulesSha256(rulesSha256, a.At("rulesSha256"))))
            {
                rulesSha256 = null;
            }

            return member is null || agreedAt is null || rulesSha256 is null
                ? null
                : new CompetitionAgreement(new OrganizationId(member), agreedAt.Value, rulesSha256);
        });
        SeedCommitment? seedCommitment = null;
        if (c.Element("seedCommitment", required: false) is { } committed
            && JsonFields.Open(log, committed, c.At("seedCommitment"), "sha256", "publishedAt") is { } s)
        {
            var sha256 = s.String("sha256", maxLength: 200);
            if (sha256 is not null && log.Add(SeedCommitment.CheckSha256(sha256, s.At("sha256"))))
            {
                sha256 = null;
            }

            var publishedAt = s.Instant("publishedAt");
            seedCommitment = sha256 is null || publishedAt is null ? null : new SeedCommitment(sha256, publishedAt.Value);
        }

        return log.Problems.Count > before || freezeAt is null
            ? null
            : new CompetitionRules(criteria, freezeAt.Value, agreements, scope, seedCommitment);
    }

    private static void WriteProject(Utf8JsonWriter json, ProjectPlaces project)
    {
        json.WriteStartObject();
        json.WriteString("initiative", project.Initiative.Value);
        json.WriteNumber("places", project.Places);
        if (project.RequiresPreparationCommitment)
        {
            json.WriteBoolean("requiresPreparationCommitment", true);
        }

        if (project.Competition is { } competition)
        {
            json.WriteStartObject("competition");
            json.WriteIds("criteria", competition.Criteria.Select(ScenarioVocabulary.Criteria.NameOf));
            json.WriteInstant("freezeAt", competition.FreezeAt);
            json.WriteString("lotteryScope", ScenarioVocabulary.LotteryScopes.NameOf(competition.LotteryScope));
            json.WriteStartArray("agreements");
            foreach (var agreement in competition.Agreements)
            {
                json.WriteStartObject();
                json.WriteString("member", agreement.Member.Value);
                json.WriteInstant("agreedAt", agreement.AgreedAt);
                json.WriteString("rulesSha256", agreement.RulesSha256);
                json.WriteEndObject();
            }

            json.WriteEndArray();
            if (competition.SeedCommitment is { } seedCommitment)
            {
                json.WriteStartObject("seedCommitment");
                json.WriteString("sha256", seedCommitment.Sha256);
                json.WriteInstant("publishedAt", seedCommitment.PublishedAt);
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndObject();
    }

    private static Interest? ReadInterest(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "member", "project", "shownAt", "representatives", "personDays") is not { } i)
        {
            return null;
        }

        var before = log.Problems.Count;
        var member = i.Id("member");
        var project = i.Id("project");
        var shownAt = i.Instant("shownAt");
        var representatives = i.Int("representatives", 0, 100_000) ?? 0;
        var personDays = i.Decimal("personDays", required: false) ?? 0m;
        log.Add(Interest.CheckPersonDays(personDays, i.At("personDays")));

        return log.Problems.Count > before || member is null || project is null || shownAt is null
            ? null
            : new Interest(new OrganizationId(member), new InitiativeId(project), shownAt.Value, representatives, personDays);
    }

    private static void WriteInterest(Utf8JsonWriter json, Interest interest)
    {
        json.WriteStartObject();
        json.WriteString("member", interest.Member.Value);
        json.WriteString("project", interest.Project.Value);
        json.WriteInstant("shownAt", interest.ShownAt);
        json.WriteNumber("representatives", interest.Representatives);
        json.WriteString("personDays", interest.PersonDays.ToString(CultureInfo.InvariantCulture));
        json.WriteEndObject();
    }

    private static ResourceCommitment? ReadCommitment(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "member", "project", "phase", "amount", "personDays", "at") is not { } c)
        {
            return null;
        }

        var before = log.Problems.Count;
        var member = c.Id("member");
        var project = c.Id("project");
        var phase = c.Enum("phase", ScenarioVocabulary.Phases);
        var at = c.Instant("at");
        var amount = c.Money("amount", required: false);
        var personDays = c.Decimal("personDays", required: false);
        if (c.Has("amount") == c.Has("personDays"))
        {
            log.Add(path, FormatProblems.ExactlyOneField, "A commitment is either of money ('amount') or of person-days ('personDays'): give exactly one.");
        }
        else if (amount is { } money)
        {
            log.Add(ResourceCommitment.CheckAmount(money, c.At("amount.amount")));
        }
        else if (personDays is { } days)
        {
            log.Add(ResourceCommitment.CheckPersonDays(days, c.At("personDays")));
        }

        if (log.Problems.Count > before || member is null || project is null || phase is null || at is null)
        {
            return null;
        }

        var memberId = new OrganizationId(member);
        var projectId = new InitiativeId(project);
        return amount is { } committed
            ? ResourceCommitment.OfMoney(memberId, projectId, phase.Value, committed, at.Value)
            : ResourceCommitment.OfPersonDays(memberId, projectId, phase.Value, personDays!.Value, at.Value);
    }

    private static void WriteCommitment(Utf8JsonWriter json, ResourceCommitment commitment)
    {
        json.WriteStartObject();
        json.WriteString("member", commitment.Member.Value);
        json.WriteString("project", commitment.Project.Value);
        json.WriteString("phase", ScenarioVocabulary.Phases.NameOf(commitment.Phase));
        if (commitment.Amount is { } amount)
        {
            json.WriteMoney("amount", amount);
        }
        else
        {
            json.WriteString("personDays", commitment.PersonDays!.Value.ToString(CultureInfo.InvariantCulture));
        }

        json.WriteInstant("at", commitment.At);
        json.WriteEndObject();
    }

    private static MemberAllocationPreferences? ReadPreferences(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "member", "cap", "ranking") is not { } p)
        {
            return null;
        }

        var before = log.Problems.Count;
        var member = p.Id("member");
        var cap = p.Int("cap", 0, 1_000_000);
        var ranking = p.Ids("ranking");
        return log.Problems.Count > before || member is null
            ? null
            : new MemberAllocationPreferences(new OrganizationId(member), cap, ranking.Select(r => new InitiativeId(r)));
    }

    private static void WritePreferences(Utf8JsonWriter json, MemberAllocationPreferences preference)
    {
        json.WriteStartObject();
        json.WriteString("member", preference.Member.Value);
        if (preference.Cap is { } cap)
        {
            json.WriteNumber("cap", cap);
        }

        json.WriteIds("ranking", preference.Ranking.Select(r => r.Value));
        json.WriteEndObject();
    }
}
