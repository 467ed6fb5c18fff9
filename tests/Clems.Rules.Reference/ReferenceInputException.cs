using System;

namespace Clems.Rules.Reference;

/// The reference found an input it cannot decide on (the engine reports these as validation errors).
public sealed class ReferenceInputException : Exception
{
    public ReferenceInputException()
    {
    }

    public ReferenceInputException(string message)
        : base(message)
    {
    }

    public ReferenceInputException(string message, Exception innerException)
        : base(message, innerException)
    {
    }
}
