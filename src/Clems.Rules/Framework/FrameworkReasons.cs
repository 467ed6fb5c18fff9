using System.Linq;
using Clems.Rules.Decisions;
using Clems.Rules.Engine;
using Clems.Rules.Utility;

namespace Clems.Rules.Framework;

/// The reason codes and sentences of the framework clause (G1).
internal static class FrameworkReasons
{
    internal static class Codes
    {
        /// G1: the version in force on the as-of date, with its adoption and effective dates.
        internal const string InForce = "G1.in-force";

        /// G1: the version it replaced.
        internal const string Supersedes = "G1.supersedes";

        /// G1: the parameters the version sets.
        internal const string Parameters = "G1.parameters";
    }

    internal static Reason InForce(EvaluationContext context)
        => new(
            Codes.InForce,
            $"Framework {context.Framework.Id}, adopted by the General Assembly on {Text.Date(context.Framework.AdoptedOn)}, "
            + $"is in force from {Text.Date(context.Framework.EffectiveFrom)} and applies on {Text.Date(context.AsOf)}.");

    internal static Reason Supersedes(FrameworkVersion previous)
        => new(Codes.Supersedes, $"It replaced framework {previous.Id}, in force from {Text.Date(previous.EffectiveFrom)}.");

    internal static Reason Parameters(FrameworkParameters parameters)
    {
        // Named as the scenario format names them, so the reason matches what the analyst wrote.
        var criteria = parameters.DefaultCompetitionCriteria.Select(CriterionNames.Of);
        return new(
            Codes.Parameters,
            Text.Inv($"Its parameters: minimum working group size {parameters.MinimumWorkingGroupSize}; executive capacity {parameters.ExecutiveCapacity}; default competition criteria {string.Join(", ", criteria)}."));
    }
}
