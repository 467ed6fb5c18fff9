namespace Clems.Rules.Initiatives;

/// Inserted by <see cref="RunnableInitiativeRule"/> for each initiative it finds runnable, so that the executive-capacity
/// rule (G12) can collect the runnable initiatives of the evaluation in one group and rank them.
internal sealed class RunnableInitiative
{
    public RunnableInitiative(InitiativeFact initiative) => Initiative = initiative;

    public InitiativeFact Initiative { get; }
}
