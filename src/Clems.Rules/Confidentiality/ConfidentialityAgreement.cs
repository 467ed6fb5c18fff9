using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Confidentiality;

/// <summary>An organisation's signature of an initiative's confidentiality agreement (G3).</summary>
/// <remarks>
/// For an initiative marked confidential, a participant's involvement must start at or after the instant it signed;
/// a signature at exactly the involvement instant counts. A snapshot holds at most one agreement per
/// (initiative, organisation). Agreements for initiatives that are not confidential, or by organisations that do not
/// participate, are allowed and have no effect.
/// </remarks>
public sealed class ConfidentialityAgreement
{
    /// <summary>Creates a signed agreement.</summary>
    /// <param name="initiative">The initiative whose agreement was signed.</param>
    /// <param name="organization">The signing organisation.</param>
    /// <param name="signedAt">The instant of the signature.</param>
    public ConfidentialityAgreement(InitiativeId initiative, OrganizationId organization, Instant signedAt)
    {
        Initiative = initiative;
        Organization = organization;
        SignedAt = signedAt;
    }

    /// <summary>The initiative whose agreement was signed.</summary>
    public InitiativeId Initiative { get; }

    /// <summary>The signing organisation.</summary>
    public OrganizationId Organization { get; }

    /// <summary>The instant of the signature.</summary>
    public Instant SignedAt { get; }
}
