namespace Clems.Rules.Services;

/// The tests of the services' clauses: every service is offered to active members only (G10), and a project
/// management office serves projects of several organisations (S1).
internal static class ServiceClauses
{
    /// S1: the fewest organisations of a project a project management office serves (the requester and the listed
    /// participants, each counted once).
    internal const int MinimumOrganizations = 2;

    /// G10: the requester was an active member on the date of its request.
    internal static bool ActiveWhenRequested(ServiceRequestFact request) => request.StandingWhenRequested.IsActive;

    /// G10: the requester is an active member on the as-of date.
    internal static bool ActiveAsOf(ServiceRequestFact request) => request.Standing.IsActive;

    /// S1: the project has at least <see cref="MinimumOrganizations"/> participating organisations.
    internal static bool HasSeveralOrganizations(ServiceRequestFact request) => request.ProjectOrganizations.Length >= MinimumOrganizations;
}
