using System.Linq;
using System.Text.Json;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioWriter
{
    private static void WriteAllocation(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("projects");
        foreach (var project in snapshot.Projects)
        {
            FlushIfFull(json);
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
                WriteIds(json, "criteria", competition.Criteria.Select(ScenarioVocabulary.Criteria.NameOf));
                json.WriteString("freezeAt", InstantPattern.ExtendedIso.Format(competition.FreezeAt));
                json.WriteString("lotteryScope", ScenarioVocabulary.LotteryScopes.NameOf(competition.LotteryScope));
                json.WriteStartArray("agreements");
                foreach (var agreement in competition.Agreements)
                {
                    json.WriteStartObject();
                    json.WriteString("member", agreement.Member.Value);
                    json.WriteString("agreedAt", InstantPattern.ExtendedIso.Format(agreement.AgreedAt));
                    json.WriteEndObject();
                }

                json.WriteEndArray();
                json.WriteEndObject();
            }

            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("interests");
        foreach (var interest in snapshot.Interests)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("member", interest.Member.Value);
            json.WriteString("project", interest.Project.Value);
            json.WriteString("shownAt", InstantPattern.ExtendedIso.Format(interest.ShownAt));
            json.WriteNumber("representatives", interest.Representatives);
            json.WriteString("personDays", interest.PersonDays.ToString(System.Globalization.CultureInfo.InvariantCulture));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("commitments");
        foreach (var commitment in snapshot.Commitments)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("member", commitment.Member.Value);
            json.WriteString("project", commitment.Project.Value);
            json.WriteString("phase", ScenarioVocabulary.Phases.NameOf(commitment.Phase));
            if (commitment.Amount is { } amount)
            {
                WriteMoney(json, "amount", amount);
            }
            else
            {
                json.WriteString("personDays", commitment.PersonDays!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture));
            }

            json.WriteString("at", InstantPattern.ExtendedIso.Format(commitment.At));
            json.WriteEndObject();
        }

        json.WriteEndArray();
        json.WriteStartArray("memberPreferences");
        foreach (var preference in snapshot.MemberPreferences)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("member", preference.Member.Value);
            if (preference.Cap is { } cap)
            {
                json.WriteNumber("cap", cap);
            }

            WriteIds(json, "ranking", preference.Ranking.Select(r => r.Value));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
