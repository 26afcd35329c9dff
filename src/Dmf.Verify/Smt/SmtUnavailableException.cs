namespace Dmf.Verify.Smt;

/// <summary>Z3 cannot be used on this machine (the library or executable is missing); the message says what to install.</summary>
public sealed class SmtUnavailableException : Exception
{
    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException(string message)
        : base(message)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException(string message, Exception inner)
        : base(message, inner)
    {
    }

    /// <summary>Creates the exception.</summary>
    public SmtUnavailableException()
    {
    }
}
