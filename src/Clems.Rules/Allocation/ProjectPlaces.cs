using Clems.Rules.Initiatives;
using Clems.Rules.Utility;

namespace Clems.Rules.Allocation;

/// <summary>The places a project (a runnable initiative) offers to members, and how they are allocated (G8, G16).</summary>
public sealed class ProjectPlaces
{
    /// <summary>Creates a project's places.</summary>
    /// <param name="initiative">The initiative the places belong to.</param>
    /// <param name="places">How many members can take part; zero or more.</param>
    /// <param name="requiresPreparationCommitment">Whether only members with a preparation-phase commitment may take part (G8).</param>
    /// <param name="competition">The agreed competition rules, needed when more eligible members want in than there are places.</param>
    /// <exception cref="System.ArgumentOutOfRangeException"><paramref name="places"/> is negative.</exception>
    public ProjectPlaces(InitiativeId initiative, int places, bool requiresPreparationCommitment = false, CompetitionRules? competition = null)
    {
        Preconditions.CheckArgumentRange(places >= 0, nameof(places), places, "A project offers zero or more places.");
        Initiative = initiative;
        Places = places;
        RequiresPreparationCommitment = requiresPreparationCommitment;
        Competition = competition;
    }

    /// <summary>The initiative the places belong to.</summary>
    public InitiativeId Initiative { get; }

    /// <summary>How many members can take part.</summary>
    public int Places { get; }

    /// <summary>Whether taking part needs a preparation-phase commitment (G8).</summary>
    public bool RequiresPreparationCommitment { get; }

    /// <summary>The agreed competition rules; <see langword="null"/> when none were set.</summary>
    public CompetitionRules? Competition { get; }
}
