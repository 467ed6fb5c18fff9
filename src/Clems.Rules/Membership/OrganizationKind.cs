namespace Clems.Rules.Membership;

/// <summary>What kind of organisation takes part in the cluster.</summary>
public enum OrganizationKind
{
    /// <summary>A company (small, medium or large enterprise).</summary>
    Company,

    /// <summary>A university.</summary>
    University,

    /// <summary>A research institute.</summary>
    ResearchInstitute,

    /// <summary>A public authority, such as a county council.</summary>
    PublicAuthority,

    /// <summary>A non-governmental organisation.</summary>
    Ngo,
}
