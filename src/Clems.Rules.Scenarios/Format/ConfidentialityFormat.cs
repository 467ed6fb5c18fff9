using System.Text.Json;
using Clems.Rules.Confidentiality;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios.Format;

/// The JSON of the signatures of initiatives' confidentiality agreements (G3).
internal static class ConfidentialityFormat
{
    internal static readonly ScenarioArray ConfidentialityAgreements = ScenarioArray.Of(
        "confidentialityAgreements",
        ReadConfidentialityAgreement,
        (s, items) => s with { ConfidentialityAgreements = [.. items] },
        s => s.ConfidentialityAgreements,
        WriteConfidentialityAgreement);

    private static ConfidentialityAgreement? ReadConfidentialityAgreement(ProblemLog log, JsonElement element, string path)
    {
        if (JsonFields.Open(log, element, path, "initiative", "organization", "signedAt") is not { } a)
        {
            return null;
        }

        var initiative = a.Id("initiative");
        var organization = a.Id("organization");
        var signedAt = a.Instant("signedAt");
        return initiative is null || organization is null || signedAt is null
            ? null
            : new ConfidentialityAgreement(new InitiativeId(initiative), new OrganizationId(organization), signedAt.Value);
    }

    private static void WriteConfidentialityAgreement(Utf8JsonWriter json, ConfidentialityAgreement agreement)
    {
        json.WriteStartObject();
        json.WriteString("initiative", agreement.Initiative.Value);
        json.WriteString("organization", agreement.Organization.Value);
        json.WriteInstant("signedAt", agreement.SignedAt);
        json.WriteEndObject();
    }
}
