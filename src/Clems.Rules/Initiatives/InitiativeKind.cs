namespace Clems.Rules.Initiatives;

/// <summary>The kind of an initiative (G14): CLEMS usually runs integrated projects for members and may bid internally.</summary>
public enum InitiativeKind
{
    /// <summary>Any other initiative; the default.</summary>
    Other,

    /// <summary>An integrated, larger-scale project whose direct beneficiaries must be members (G14).</summary>
    IntegratedProject,

    /// <summary>A project CLEMS bids for internally, relying on members' expertise (G14).</summary>
    InternalBid,
}
