namespace KommunHubben.Cli;

/// <summary>The command line itself is wrong (unknown option, missing argument): khub prints the message and the usage, exit 2.</summary>
public sealed class UsageException(string message) : Exception(message);

/// <summary>The command could not do its work for a reason the administrator can act on: khub prints only the message, exit 1.</summary>
public sealed class CommandFailedException(string message) : Exception(message);
