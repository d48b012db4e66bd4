namespace KommunHubben.Tests.Integration.Email;

/// <summary>The e-mail test classes share one hub and one mail server (and so run one after another).</summary>
[CollectionDefinition(Name)]
public sealed class MailCollection : ICollectionFixture<MailHub>
{
    public const string Name = "Mail";
}
