using System.Collections.Generic;
using Clems.Rules.Confidentiality;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Tests.Fixtures;

/// The signatures of confidential initiatives' agreements (G3); the initiative is marked with
/// <see cref="InitiativeBuilder.Confidential"/> and its participants' involvement with <see cref="InitiativeBuilder.WithParticipant"/>.
internal sealed partial class SnapshotBuilder
{
    private readonly List<ConfidentialityAgreement> _agreements = [];

    public static ConfidentialityAgreement Signature(string initiative, string organization, Instant signedAt)
        => new(new InitiativeId(initiative), new OrganizationId(organization), signedAt);

    public SnapshotBuilder With(params ConfidentialityAgreement[] agreements)
    {
        _agreements.AddRange(agreements);
        return this;
    }
}
