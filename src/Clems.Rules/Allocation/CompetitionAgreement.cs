using Clems.Rules.Membership;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>A member's agreement to a project's competition rules (G16: the potential participants set them together).</summary>
/// <param name="Member">The member organisation that agreed.</param>
/// <param name="AgreedAt">When it agreed; it counts only strictly before the competition's freeze instant.</param>
public sealed record CompetitionAgreement(OrganizationId Member, Instant AgreedAt);
