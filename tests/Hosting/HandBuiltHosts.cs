namespace FrontDesk.Tests.Hosting;

// Tests that build a WebApplication themselves run alone: while a WebApplicationFactory elsewhere waits for
// its host, it takes whichever host the process builds next, and could take one of these.
[CollectionDefinition(Name, DisableParallelization = true)]
public sealed class HandBuiltHosts
{
    public const string Name = "Hosts built by hand";
}
