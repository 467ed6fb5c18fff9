namespace Clems.Rules.Allocation;

/// <summary>Which lottery ticket a competition uses to end its ties (G16).</summary>
public enum LotteryScope
{
    /// <summary>One ticket per member and project: the project id is the ticket's scope (the default).</summary>
    Project,

    /// <summary>One ticket per member across the cluster: the scope is empty.</summary>
    Cluster,
}
