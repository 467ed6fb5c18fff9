using Clems.Rules.Utility;

namespace Clems.Rules.Decisions;

/// <summary>One reason behind a decision: a stable code for machines and a sentence for people.</summary>
public sealed class Reason
{
    /// <summary>Creates a reason.</summary>
    /// <param name="code">A stable code, e.g. <c>G10.membership-ended</c>.</param>
    /// <param name="text">A sentence naming the facts and values involved.</param>
    /// <exception cref="System.ArgumentException">The code or the text is blank.</exception>
    public Reason(string code, string text)
    {
        Code = Preconditions.CheckNotBlank(code);
        Text = Preconditions.CheckNotBlank(text);
    }

    /// <summary>The stable code: the clause, a dot, and a kebab-case name.</summary>
    public string Code { get; }

    /// <summary>The sentence for people.</summary>
    public string Text { get; }

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Text;
}
