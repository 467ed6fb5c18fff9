using System.Collections.Generic;
using System.Linq;
using System.Text.Json;
using Clems.Rules.Allocation;
using Clems.Rules.Framework;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioReader
{
    private static ProjectPlaces? ReadProject(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "initiative", "places", "requiresPreparationCommitment", "competition") is not { } p)
        {
            return null;
        }

        var initiative = p.Id("initiative");
        var places = p.Int("places", 0, 1_000_000);
        if (places is null && !p.Has("places"))
        {
            log.Add(p.At("places"), "The required field 'places' is missing.");
        }

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
        if (JsonFields.Open(log, element, path, "criteria", "freezeAt", "lotteryScope", "agreements") is not { } c)
        {
            return null;
        }

        var before = log.Problems.Count;
        var criteria = new List<CompetitionCriterion>();
        var names = c.Ids("criteria");
        for (var k = 0; k < names.Count; k++)
        {
            if (!ScenarioVocabulary.Criteria.TryParse(names[k], out var criterion))
            {
                log.Add(
                    c.At("criteria") + string.Create(System.Globalization.CultureInfo.InvariantCulture, $"[{k}]"),
                    $"'{names[k]}' is not a competition criterion; use one of: {string.Join(", ", ScenarioVocabulary.Criteria.Names)}.");
            }
            else
            {
                criteria.Add(criterion);
            }
        }

        if (criteria.Contains(CompetitionCriterion.PreparationCommitment) || criteria.Contains(CompetitionCriterion.Lottery))
        {
            log.Add(c.At("criteria"), "The preparation commitment always comes first and the lottery always last; list only the criteria in between.");
        }

        if (criteria.Distinct().Count() != criteria.Count)
        {
            log.Add(c.At("criteria"), "A competition criterion is listed twice; list each once.");
        }

        var freezeAt = c.Instant("freezeAt");
        var scope = c.Enum("lotteryScope", ScenarioVocabulary.LotteryScopes, required: false) ?? LotteryScope.Project;
        var agreements = c.Array("agreements", (e, p) =>
        {
            if (JsonFields.Open(log, e, p, "member", "agreedAt") is not { } a)
            {
                return null;
            }

            var member = a.Id("member");
            var agreedAt = a.Instant("agreedAt");
            return member is null || agreedAt is null ? null : new CompetitionAgreement(new OrganizationId(member), agreedAt.Value);
        });
        return log.Problems.Count > before || freezeAt is null
            ? null
            : new CompetitionRules(criteria, freezeAt.Value, agreements, scope);
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
        if (personDays < 0m)
        {
            log.Add(i.At("personDays"), "Person-days are zero or more.");
        }

        return log.Problems.Count > before || member is null || project is null || shownAt is null
            ? null
            : new Interest(new OrganizationId(member), new InitiativeId(project), shownAt.Value, representatives, personDays);
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
            log.Add(path, "A commitment is either of money ('amount') or of person-days ('personDays'): give exactly one.");
        }
        else if (amount is { Amount: <= 0m })
        {
            log.Add(c.At("amount.amount"), "A commitment is of a positive amount.");
        }
        else if (personDays is <= 0m)
        {
            log.Add(c.At("personDays"), "A commitment is of a positive number of person-days.");
        }

        if (log.Problems.Count > before || member is null || project is null || phase is null || at is null)
        {
            return null;
        }

        var memberId = new OrganizationId(member);
        var projectId = new InitiativeId(project);
        return amount is { } money
            ? ResourceCommitment.OfMoney(memberId, projectId, phase.Value, money, at.Value)
            : ResourceCommitment.OfPersonDays(memberId, projectId, phase.Value, personDays!.Value, at.Value);
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
}
