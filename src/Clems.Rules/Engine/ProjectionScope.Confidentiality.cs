using System.Collections.Generic;
using Clems.Rules.Confidentiality;
using Clems.Rules.Initiatives;
using Clems.Rules.Membership;

namespace Clems.Rules.Engine;

internal sealed partial class ProjectionScope
{
    /// Each participant of a confidential initiative with its G3 status (<see cref="ConfidentialParticipation.IsBlocked"/>),
    /// for areas projected after confidentiality (allocation: a participant blocked under G3 cannot take a place).
    /// A pair that is absent is not subject to G3 (the initiative is not confidential, or the organisation does not participate).
    internal Dictionary<(InitiativeId Initiative, OrganizationId Organization), ConfidentialParticipation> ConfidentialParticipations { get; } = [];
}
