using System.Text.Json;
using Clems.Rules.Confidentiality;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using Clems.Rules.Scenarios.Reading;

namespace Clems.Rules.Scenarios;

public static partial class ScenarioReader
{
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
}
