using System.Collections.Generic;

using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

internal static partial class SnapshotValidator
{
    /// G3: each agreement names an existing initiative and organisation, once per (initiative, organisation).
    private static void ValidateConfidentiality(ValidationScope scope)
    {
        var agreements = scope.Snapshot.ConfidentialityAgreements;
        var seen = new Dictionary<(string Initiative, string Organization), int>();
        for (var i = 0; i < agreements.Length; i++)
        {
            var agreement = agreements[i];
            var at = new ItemPath("$.confidentialityAgreements", i);
            var known = CheckInitiative(scope, agreement.Initiative.Value, at.Then(".initiative"));
            known &= CheckOrganization(scope, agreement.Organization.Value, at.Then(".organization"));
            if (known && !seen.TryAdd((agreement.Initiative.Value, agreement.Organization.Value), i))
            {
                scope.Problems.Add(new(
                    at.ToString(),
                    Text.Inv($"Organisation '{agreement.Organization}' already signed the agreement of initiative '{agreement.Initiative}' at ")
                    + Text.Inv($"$.confidentialityAgreements[{seen[(agreement.Initiative.Value, agreement.Organization.Value)]}]; ")
                    + "keep one signature per initiative and organisation (the one that counts for G3)."));
            }
        }
    }
}
