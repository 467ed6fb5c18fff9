using Clems.Rules.Utility;

namespace Clems.Rules.Membership;

/// <summary>A person who acts for an organisation in the cluster (G9: activities are initiated through representatives).</summary>
public sealed class Representative
{
    /// <summary>Creates a representative.</summary>
    /// <param name="id">The representative's identifier, unique across the snapshot.</param>
    /// <param name="name">The person's name.</param>
    /// <exception cref="System.ArgumentException"><paramref name="name"/> is blank.</exception>
    public Representative(RepresentativeId id, string name)
    {
        Id = id;
        Name = Preconditions.CheckNotBlank(name);
    }

    /// <summary>The identifier, unique across the snapshot.</summary>
    public RepresentativeId Id { get; }

    /// <summary>The person's name.</summary>
    public string Name { get; }
}
