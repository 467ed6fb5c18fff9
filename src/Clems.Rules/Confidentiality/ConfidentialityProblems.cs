namespace Clems.Rules.Confidentiality;

/// The codes of the confidentiality area's input problems (docs/scenario-format.md, "Problems").
internal static class ConfidentialityProblems
{
    /// An organisation signed one initiative's agreement twice (G3 counts one signature).
    internal const string DuplicateSignature = "Confidentiality.duplicate-signature";
}
