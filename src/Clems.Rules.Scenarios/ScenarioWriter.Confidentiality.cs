using System.Text.Json;
using Clems.Rules.Engine;
using NodaTime.Text;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioWriter
{
    private static void WriteConfidentialityAgreements(Utf8JsonWriter json, ClusterSnapshot snapshot)
    {
        json.WriteStartArray("confidentialityAgreements");
        foreach (var agreement in snapshot.ConfidentialityAgreements)
        {
            FlushIfFull(json);
            json.WriteStartObject();
            json.WriteString("initiative", agreement.Initiative.Value);
            json.WriteString("organization", agreement.Organization.Value);
            json.WriteString("signedAt", InstantPattern.ExtendedIso.Format(agreement.SignedAt));
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
