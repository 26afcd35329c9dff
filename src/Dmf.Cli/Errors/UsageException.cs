namespace Dmf.Cli.Errors;

/// <summary>Bad user input. The message is one line that names the offending option and value.</summary>
internal sealed class UsageException(string message) : Exception(message);
