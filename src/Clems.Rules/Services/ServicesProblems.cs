namespace Clems.Rules.Services;

/// The codes of the services area's input problems (docs/scenario-format.md, "Problems").
internal static class ServicesProblems
{
    /// A request for a service other than S1 lists participating organisations.
    internal const string ParticipantsOutsideS1 = "Services.participants-outside-s1";

    /// An S4 request names no opportunity.
    internal const string MissingOpportunity = "Services.missing-opportunity";

    /// A request for a service other than S4 names an opportunity.
    internal const string OpportunityOutsideS4 = "Services.opportunity-outside-s4";
}
