namespace KommunHubben.Tests.Integration.Infrastructure;

public static class Poll
{
    /// <summary>Asks <paramref name="condition"/> every quarter second until it holds; past <paramref name="timeout"/>
    /// fails with <paramref name="diagnostics"/> (a process's log, usually) in the message.</summary>
    public static async Task UntilAsync(Func<Task<bool>> condition, TimeSpan timeout, Func<string> diagnostics)
    {
        var deadline = DateTime.UtcNow + timeout;
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("Condition not met in time. Log:\n" + diagnostics());
            await Task.Delay(250);
        }
    }
}
