using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Initiatives;

/// <summary>An organisation involved in carrying out an initiative.</summary>
/// <param name="Organization">The participating organisation.</param>
/// <param name="InvolvedFrom">The instant its involvement starts, when known (G3 compares it with the confidentiality signature).</param>
public sealed record Participant(OrganizationId Organization, Instant? InvolvedFrom = null);
