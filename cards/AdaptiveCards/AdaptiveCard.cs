namespace AdaptiveCards;

public class AdaptiveCard
{
    public const string ContentType = "application/vnd.microsoft.card.adaptive";
}
