namespace Clems.Rules.Engine;

/// Something one governance area computes for areas registered after it (the organisations' standings, the initiative
/// facts, the G3 status of each participant…). An area lists what it produces and what it consumes, the registry
/// checks that every consumer comes after the producer, and a scope hands a product only to an area that declared it.
internal abstract class AreaProduct
{
    private protected AreaProduct(string name) => Name = name;

    /// A short name for messages, e.g. <c>Membership.Standings</c>.
    internal string Name { get; }

    public override string ToString() => Name;
}

/// A product whose value is a <typeparamref name="T"/>.
internal sealed class AreaProduct<T> : AreaProduct
    where T : class
{
    internal AreaProduct(string name)
        : base(name)
    {
    }
}
