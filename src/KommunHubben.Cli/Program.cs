using KommunHubben.Cli;

// khub <area> <command> [arguments]. Prints usage on anything it does not understand.
return await CommandLine.RunAsync(args);
