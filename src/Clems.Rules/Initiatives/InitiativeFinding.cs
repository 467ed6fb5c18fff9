using System.Collections.Generic;
using Clems.Rules.Decisions;
using NRules.RuleModel;

namespace Clems.Rules.Initiatives;

/// One per initiative: whether a rule found a gap that stops it (G4/G5, G9, G10, G11, G14). Every gap-finding rule
/// marks it and updates it; `Initiatives.Runnable` matches only unmarked ones with an alpha test. This replaces a
/// `Not` join of every initiative against every finding, which NRules evaluates by nested loops (initiatives × findings:
/// quadratic at ten thousand initiatives).
internal sealed class InitiativeFinding : Decisions.IFactSource
{
    public InitiativeFinding(InitiativeFact initiative) => Initiative = initiative;

    public InitiativeFact Initiative { get; }

    /// Whether some rule found a gap; set only through <see cref="Stop"/>.
    public bool Stopped { get; private set; }

    public IEnumerable<FactReference> References => Initiative.References;

    /// Marks the initiative as stopped and tells the session, so the runnable rule's activation is withdrawn.
    internal static void Stop(IContext ctx, InitiativeFact initiative)
    {
        var finding = initiative.Finding;
        if (finding.MarkStopped())
        {
            ctx.Update(finding);
        }
    }

    /// Sets <see cref="Stopped"/>; true when it was not set yet (the session must then be told with an update).
    internal bool MarkStopped()
    {
        var changed = !Stopped;
        Stopped = true;
        return changed;
    }
}
