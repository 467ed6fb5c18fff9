using Clems.Rules.Engine;
using Clems.Rules.Membership;
using Clems.Rules.Utility;
using NodaTime;

namespace Clems.Rules.Allocation;

/// <summary>A member's agreement to a project's competition rules (G16: the potential participants set them together).</summary>
/// <remarks>
/// An agreement binds to the content of the rules it agreed to through <see cref="RulesSha256"/>: it counts only for
/// rules whose <see cref="CompetitionRules.ContentSha256"/> is that hash, so agreeing to one set of rules never counts
/// for another (docs/allocation.md).
/// </remarks>
public sealed record CompetitionAgreement
{
    /// <summary>Creates an agreement.</summary>
    /// <param name="member">The member organisation that agreed.</param>
    /// <param name="agreedAt">When it agreed; it counts only strictly before the competition's freeze instant.</param>
    /// <param name="rulesSha256">The SHA-256 (64 lower-case hex digits) of the rules' content it agreed to.</param>
    /// <exception cref="System.ArgumentException"><paramref name="rulesSha256"/> is not 64 lower-case hex digits.</exception>
    public CompetitionAgreement(OrganizationId member, Instant agreedAt, string rulesSha256)
    {
        Preconditions.CheckArgument(CheckRulesSha256(rulesSha256, nameof(rulesSha256)));
        Member = member;
        AgreedAt = agreedAt;
        RulesSha256 = rulesSha256;
    }

    /// <summary>The member organisation that agreed.</summary>
    public OrganizationId Member { get; }

    /// <summary>When it agreed; it counts only strictly before the competition's freeze instant.</summary>
    public Instant AgreedAt { get; }

    /// <summary>The SHA-256 (64 lower-case hex digits) of the content of the rules the member agreed to.</summary>
    public string RulesSha256 { get; }

    /// <summary>The problem with a rules hash, or <see langword="null"/> when it is 64 lower-case hex digits.</summary>
    /// <param name="rulesSha256">The hash to check.</param>
    /// <param name="path">Where the hash is, for the problem.</param>
    /// <returns>The problem, or <see langword="null"/>.</returns>
    public static ValidationProblem? CheckRulesSha256(string? rulesSha256, string path)
        => Sha256Text.IsHex(rulesSha256)
            ? null
            : new ValidationProblem(path, AllocationProblems.InvalidSha256, $"'{rulesSha256}' is not a SHA-256: write 64 lower-case hex digits (see `clems-rules rules-hash`).");
}
