namespace Clems.Rules.Initiatives;

/// <summary>Where an initiative's funding comes from.</summary>
public enum FundingKind
{
    /// <summary>A contribution by a member organisation.</summary>
    MemberContribution,

    /// <summary>Public funds (EU or Romanian programmes).</summary>
    PublicFunds,

    /// <summary>Any other source (loans, sponsors…).</summary>
    Other,
}
