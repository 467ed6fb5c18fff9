using Clems.Rules.Decisions;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Confidentiality;

/// The reason codes and sentences of the confidentiality clause (G3).
internal static class ConfidentialityReasons
{
    internal static class Codes
    {
        /// G3: the participant has not signed the initiative's agreement.
        internal const string NoAgreement = "G3.no-agreement";

        /// G3: the participant signed after its involvement started.
        internal const string SignedLate = "G3.signed-late";

        /// G3: no involvement start is recorded, so the signature cannot be shown to precede it.
        internal const string InvolvementStartUnknown = "G3.involvement-start-unknown";

        /// G3: the participant signed at or before its involvement started.
        internal const string SignedBeforeInvolvement = "G3.signed-before-involvement";
    }

    internal static Reason NoAgreement(ConfidentialParticipation fact)
        => new(
            Codes.NoAgreement,
            $"{Who(fact)} has not signed the confidentiality agreement of {Initiative(fact)}"
            + (fact.Participant.InvolvedFrom is { } start ? $", although its involvement starts at {Text.Instant(start)}" : string.Empty)
            + "; it is blocked from the initiative until it signs before its involvement.");

    internal static Reason SignedLate(ConfidentialParticipation fact, ConfidentialityAgreement agreement, Instant involvedFrom)
        => new(
            Codes.SignedLate,
            $"{Who(fact)} signed the confidentiality agreement of {Initiative(fact)} at {Text.Instant(agreement.SignedAt)}, "
            + $"after its involvement started at {Text.Instant(involvedFrom)}; the agreement must be signed at or before the involvement starts.");

    internal static Reason InvolvementStartUnknown(ConfidentialParticipation fact)
        => new(
            Codes.InvolvementStartUnknown,
            $"No involvement start (involvedFrom) is recorded for {Who(fact)} in {Initiative(fact)}, so a signature"
            + (fact.Agreement is { } agreement ? $" at {Text.Instant(agreement.SignedAt)}" : string.Empty)
            + " cannot be shown to precede it; record when its involvement starts.");

    internal static Reason SignedBeforeInvolvement(ConfidentialParticipation fact, ConfidentialityAgreement agreement, Instant involvedFrom)
        => new(
            Codes.SignedBeforeInvolvement,
            $"{Who(fact)} signed the confidentiality agreement of {Initiative(fact)} at {Text.Instant(agreement.SignedAt)}, "
            + $"at or before its involvement started at {Text.Instant(involvedFrom)}.");

    private static string Who(ConfidentialParticipation fact) => $"{fact.Organization.Name} ({fact.Organization.Id})";

    private static string Initiative(ConfidentialParticipation fact) => $"confidential initiative {fact.Initiative.Initiative.Id}";
}
