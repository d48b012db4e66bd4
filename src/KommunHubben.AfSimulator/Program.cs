using KommunHubben.AfSimulator;

// The AF simulator on its own: `dotnet run --project src/KommunHubben.AfSimulator [--Urls http://127.0.0.1:5090]`.
// Configuration: AfSimulator:WebhookUrl, AfSimulator:WebhookSecret, AfSimulator:ApiKey, AfSimulator:Faults:*.
await AfSimulatorServer.RunAsync(args);
