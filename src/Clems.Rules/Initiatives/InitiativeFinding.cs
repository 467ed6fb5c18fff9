namespace Clems.Rules.Initiatives;

/// Inserted by every rule that stops an initiative (G9, G10, G11), so that the runnable rule fires only when none did.
internal sealed class InitiativeFinding
{
    public InitiativeFinding(InitiativeFact initiative) => Initiative = initiative;

    public InitiativeFact Initiative { get; }
}
