using NodaTime;

namespace Clems.Rules.Framework;

/// G1, "in accordance with the framework established by the General Assembly": when a framework version applies.
internal static class FrameworkClauses
{
    /// G1: a version applies from its effective date on, that date included; of the versions that apply on a date the
    /// latest to take effect is the one in force (<see cref="FrameworkArea.InForceOn"/>).
    internal static bool HasTakenEffect(FrameworkVersion version, LocalDate date) => version.EffectiveFrom <= date;
}
