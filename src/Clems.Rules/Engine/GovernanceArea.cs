using System.Collections.Immutable;
using Clems.Rules.Framework;
using NRules;

namespace Clems.Rules.Engine;

/// One governance area (a folder of the library): the checks of its inputs, the facts it builds for its rules, and
/// what it hands to the areas after it. The pipeline calls every area through <see cref="AreaRegistry"/>, in the
/// registry's order, and knows no area by name.
internal abstract class GovernanceArea
{
    /// The area's name: its folder, its namespace and the prefix of its rule ids.
    internal abstract string Name { get; }

    /// The arrays whose ids other items refer to; indexed, with duplicates reported, before any area validates.
    internal virtual ImmutableArray<IdentifiedArray> Identities => [];

    /// What this area computes for areas after it (during validation or fact building).
    internal virtual ImmutableArray<AreaProduct> Produces => [];

    /// What this area takes from areas before it.
    internal virtual ImmutableArray<AreaProduct> Consumes => [];

    /// Checks the area's inputs: references that resolve, values that the types alone cannot check.
    internal virtual void Validate(ValidationScope scope)
    {
    }

    /// The checks that depend on the framework version in force on the as-of date; run only on an otherwise valid snapshot.
    internal virtual void ValidateInForce(ValidationScope scope, FrameworkVersion framework)
    {
    }

    /// Builds the facts of the first firing: references resolved, the as-of date applied, in id order.
    internal virtual void Project(ProjectionScope scope)
    {
    }

    /// Inserts and fires what can only follow the first firing (the allocation of the runnable initiatives' places), and
    /// reports through <see cref="ProjectionScope.Report"/> the input problems that show only then.
    internal virtual void FollowFirstFiring(ProjectionScope scope, ISession session)
    {
    }

    public override string ToString() => Name;
}
