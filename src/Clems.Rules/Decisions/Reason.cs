using System;
using Clems.Rules.Utility;

namespace Clems.Rules.Decisions;

/// <summary>One reason behind a decision: a stable code for machines and a sentence for people.</summary>
public sealed class Reason
{
    private readonly DeferredText? _deferred;
    private string? _text;

    /// <summary>Creates a reason.</summary>
    /// <param name="code">A stable code, e.g. <c>G10.membership-ended</c>.</param>
    /// <param name="text">A sentence naming the facts and values involved.</param>
    /// <exception cref="System.ArgumentException">The code or the text is blank.</exception>
    public Reason(string code, string text)
    {
        Code = Preconditions.CheckNotBlank(code);
        _text = Preconditions.CheckNotBlank(text);
    }

    /// A reason whose sentence is written when first read: the allocation explains a million interests, and a host that
    /// reads a few of them should not pay for writing all. The sentence depends only on immutable facts, so it reads the
    /// same whenever and on whichever thread it is first read.
    private Reason(string code, DeferredText deferred)
    {
        Code = code;
        _deferred = deferred;
    }

    /// <summary>The stable code: the clause, a dot, and a kebab-case name.</summary>
    public string Code { get; }

    /// <summary>The sentence for people.</summary>
    public string Text => _text ??= _deferred!.Write();

    /// <summary>Returns <see cref="Text"/>.</summary>
    /// <returns>The sentence.</returns>
    public override string ToString() => Text;

    /// A reason whose sentence <paramref name="write"/> makes from <paramref name="state"/> when it is first read;
    /// <paramref name="write"/> must be a pure function of immutable state (a static lambda).
    internal static Reason Later<TState>(string code, TState state, Func<TState, string> write)
        where TState : class
        => new(code, new Deferred<TState>(state, write));

    /// A reason whose sentence an object that explains itself writes when first read.
    internal static Reason Later(string code, DeferredText text) => new(code, text);

    private sealed class Deferred<TState>(TState state, Func<TState, string> write) : DeferredText
        where TState : class
    {
        internal override string Write() => write(state);
    }
}

/// A sentence written on demand from immutable state (see <see cref="Reason.Later(string, DeferredText)"/>).
internal abstract class DeferredText
{
    internal abstract string Write();
}
