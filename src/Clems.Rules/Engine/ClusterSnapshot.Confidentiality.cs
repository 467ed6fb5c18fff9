using System.Collections.Immutable;
using Clems.Rules.Confidentiality;
using Clems.Rules.Utility;

namespace Clems.Rules.Engine;

public sealed partial class ClusterSnapshot
{
    private readonly ImmutableArray<ConfidentialityAgreement> _confidentialityAgreements = [];

    /// <summary>The signatures of initiatives' confidentiality agreements (G3).</summary>
    public ImmutableArray<ConfidentialityAgreement> ConfidentialityAgreements { get => _confidentialityAgreements; init => _confidentialityAgreements = Preconditions.CheckItems(value); }
}
